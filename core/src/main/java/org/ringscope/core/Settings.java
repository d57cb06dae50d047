package org.ringscope.core;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The resolved configuration. Later sources win: built-in defaults, then the properties file
 * ({@code ringscope.properties} in the working directory, or the one given), then environment variables
 * ({@code RINGSCOPE_HASH_KEY}, ...), then {@code -D} system properties, then explicit overrides.
 */
public final class Settings {
    public enum Mode { DEMO, PRODUCTION }

    private final Properties values;
    private final IdentifierKinds kinds;

    private Settings(Properties values) {
        this.values = values;
        this.kinds = IdentifierKinds.from(values);
        validate();
    }

    public static Settings load(Path file, Map<String, String> overrides) {
        Properties p = new Properties();
        for (Setting s : Setting.values()) {
            p.setProperty(s.key(), s.defaultValue());
        }
        Path source = file != null ? file : Path.of("ringscope.properties");
        if (Files.exists(source)) {
            try (Reader r = Files.newBufferedReader(source)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read settings file " + source + ": " + e.getMessage(), e);
            }
        } else if (file != null) {
            throw new IllegalArgumentException("settings file " + file + " does not exist");
        }
        for (Setting s : Setting.values()) {
            String env = System.getenv(s.environmentVariable());
            if (env != null && !env.isEmpty()) {
                p.setProperty(s.key(), env);
            }
        }
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith("ringscope."))
                .forEach(k -> p.setProperty(k, System.getProperty(k)));
        overrides.forEach(p::setProperty);
        return new Settings(p);
    }

    /** Defaults plus the given overrides only: for tests and embedding, ignores files and the environment. */
    public static Settings of(Map<String, String> overrides) {
        Properties p = new Properties();
        for (Setting s : Setting.values()) {
            p.setProperty(s.key(), s.defaultValue());
        }
        overrides.forEach(p::setProperty);
        return new Settings(p);
    }

    private void validate() {
        String mode = get(Setting.MODE);
        if (!mode.equals("demo") && !mode.equals("production")) {
            throw new IllegalArgumentException(Setting.MODE.key() + " must be demo or production, was '" + mode + "'");
        }
        if (mode() == Mode.PRODUCTION && get(Setting.HASH_KEY).isEmpty()) {
            throw new IllegalArgumentException("production mode needs a pseudonymisation key: set "
                    + Setting.HASH_KEY.environmentVariable() + " (e.g. $(openssl rand -hex 32)) or "
                    + Setting.HASH_KEY.key() + " in ringscope.properties; keep it secret and never change it for a store");
        }
        positive(Setting.BATCH_SIZE);
        positive(Setting.INGEST_WRITERS);
        positive(Setting.HUB_DEGREE);
        positive(Setting.MIN_RING_SIZE);
        positive(Setting.MAX_RING_SIZE);
        positive(Setting.ADOPTION_MAX_DEGREE);
        for (Setting s : new Setting[]{Setting.LINK_THRESHOLD, Setting.HOUSEHOLD_DISCOUNT, Setting.COHERENCE_DAYS,
                Setting.OWN_SHARE, Setting.ADOPTION_DELAY_DAYS}) {
            if (!(getDouble(s) >= 0)) {
                throw new IllegalArgumentException(s.key() + " must be a number of at least 0, was '" + get(s) + "'");
            }
        }
        // A typo would silently turn a rule off; a built-in kind switched off is fine (it just never matches).
        IdentifierKinds builtIn = IdentifierKinds.defaults();
        for (Setting s : new Setting[]{Setting.AWAY_KINDS, Setting.ADOPTION_KINDS}) {
            for (String name : get(s).split(",")) {
                if (!name.isBlank() && kinds.byName(name.trim()).isEmpty() && builtIn.byName(name.trim()).isEmpty()) {
                    throw new IllegalArgumentException(s.key() + " names '" + name.trim() + "', which is not an identifier"
                            + " kind; the kinds are " + kinds.all().stream().map(IdentifierKind::name).toList());
                }
            }
        }
    }

    private void positive(Setting s) {
        try {
            if (Integer.parseInt(get(s)) < 1) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(s.key() + " must be a positive whole number, was '" + get(s) + "'");
        }
    }

    /** Where trained GNN models are kept. */
    public java.nio.file.Path gnnRegistry() {
        String configured = get(Setting.GNN_REGISTRY);
        return configured.isEmpty() ? java.nio.file.Path.of(get(Setting.DATA_DIR), "models") : java.nio.file.Path.of(configured);
    }

    public String get(Setting s) {
        return values.getProperty(s.key(), s.defaultValue()).strip();
    }

    public int getInt(Setting s) {
        return Integer.parseInt(get(s));
    }

    public double getDouble(Setting s) {
        try {
            return Double.parseDouble(get(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(s.key() + " must be a number, was '" + get(s) + "'");
        }
    }

    public Mode mode() {
        return get(Setting.MODE).equals("production") ? Mode.PRODUCTION : Mode.DEMO;
    }

    /** The configured key, or the published demo key in demo mode. */
    public String hashKey() {
        String key = get(Setting.HASH_KEY);
        return key.isEmpty() ? Pseudonymiser.DEMO_KEY : key;
    }

    public Path dataDir() {
        return Path.of(get(Setting.DATA_DIR));
    }

    public boolean embedded() {
        return get(Setting.NEO4J_URI).isEmpty();
    }

    public IdentifierKinds kinds() {
        return kinds;
    }

    /** A copy with some keys replaced. */
    /** Every setting with its value (defaults included), e.g. to hand them to another component's configuration. */
    public Map<String, String> asMap() {
        Map<String, String> all = new java.util.TreeMap<>();
        values.stringPropertyNames().forEach(k -> all.put(k, values.getProperty(k)));
        return all;
    }

    public Settings with(Map<String, String> overrides) {
        Properties p = new Properties();
        p.putAll(values);
        overrides.forEach(p::setProperty);
        return new Settings(p);
    }
}
