package org.ringscope.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The configured identifier kinds. The six built-in kinds come from {@code identifier-kinds.properties};
 * settings of the form {@code ringscope.kind.<name>.<field>} add kinds or override fields, e.g.
 * <pre>
 * ringscope.kind.national_id.label=NationalId
 * ringscope.kind.national_id.relationship=HAS_NATIONAL_ID
 * ringscope.kind.national_id.normaliser=token
 * ringscope.kind.national_id.link-weight=1.0
 * </pre>
 * {@code column} defaults to the kind's name. {@code ringscope.kind.<name>.enabled=false} drops a kind.
 */
public final class IdentifierKinds {
    private static final String PREFIX = "ringscope.kind.";
    private final List<IdentifierKind> kinds;
    private final Map<String, IdentifierKind> byName;

    private IdentifierKinds(List<IdentifierKind> kinds) {
        this.kinds = List.copyOf(kinds);
        Map<String, IdentifierKind> map = new LinkedHashMap<>();
        for (IdentifierKind k : kinds) {
            map.put(k.name(), k);
        }
        this.byName = Collections.unmodifiableMap(map);
        requireDistinct();
    }

    public static IdentifierKinds of(List<IdentifierKind> kinds) {
        return new IdentifierKinds(kinds);
    }

    /** The built-in kinds with no overrides. */
    public static IdentifierKinds defaults() {
        return from(new Properties());
    }

    /** The built-in kinds, then every {@code ringscope.kind.*} setting in {@code settings} applied on top. */
    public static IdentifierKinds from(Properties settings) {
        Properties merged = new Properties();
        try (InputStream in = IdentifierKinds.class.getResourceAsStream("identifier-kinds.properties")) {
            merged.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : settings.stringPropertyNames()) {
            if (key.startsWith(PREFIX)) {
                merged.setProperty(key, settings.getProperty(key));
            }
        }
        TreeSet<String> names = new TreeSet<>();
        for (String key : merged.stringPropertyNames()) {
            String rest = key.substring(PREFIX.length());
            int dot = rest.indexOf('.');
            if (dot <= 0) {
                throw new IllegalArgumentException("setting " + key + " should look like ringscope.kind.<name>.<field>");
            }
            names.add(rest.substring(0, dot));
        }
        List<IdentifierKind> kinds = new ArrayList<>();
        for (String name : orderedNames(merged, names)) {
            String p = PREFIX + name + ".";
            if (!Boolean.parseBoolean(merged.getProperty(p + "enabled", "true"))) {
                continue;
            }
            String weight = merged.getProperty(p + "link-weight", "1.0");
            double linkWeight;
            try {
                linkWeight = Double.parseDouble(weight);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("setting " + p + "link-weight must be a number, was '" + weight + "'");
            }
            kinds.add(new IdentifierKind(name, merged.getProperty(p + "label"), merged.getProperty(p + "relationship"),
                    merged.getProperty(p + "column", name), merged.getProperty(p + "normaliser", "token"), linkWeight));
        }
        return new IdentifierKinds(kinds);
    }

    /** Kinds sort by their {@code order} setting (built-ins first), then by name, so output is stable. */
    private static List<String> orderedNames(Properties merged, TreeSet<String> names) {
        List<String> ordered = new ArrayList<>(names);
        ordered.sort((a, b) -> {
            int oa = Integer.parseInt(merged.getProperty(PREFIX + a + ".order", "1000"));
            int ob = Integer.parseInt(merged.getProperty(PREFIX + b + ".order", "1000"));
            return oa != ob ? Integer.compare(oa, ob) : a.compareTo(b);
        });
        return ordered;
    }

    private void requireDistinct() {
        TreeSet<String> labels = new TreeSet<>();
        TreeSet<String> rels = new TreeSet<>();
        for (IdentifierKind k : kinds) {
            if (!labels.add(k.label()) || !rels.add(k.relationship())) {
                throw new IllegalArgumentException("identifier kind '" + k.name()
                        + "' reuses the label or relationship of another kind; give it its own");
            }
            if (k.label().equals("Account") || k.label().equals("Ring") || k.label().equals("Event")
                    || k.label().equals("Label")) {
                throw new IllegalArgumentException("identifier kind '" + k.name() + "' may not use the reserved label "
                        + k.label());
            }
        }
    }

    public List<IdentifierKind> all() {
        return kinds;
    }

    public Optional<IdentifierKind> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public IdentifierKind require(String name) {
        IdentifierKind kind = byName.get(name);
        if (kind == null) {
            throw new IllegalArgumentException("unknown identifier kind '" + name + "'; configured kinds: " + byName.keySet());
        }
        return kind;
    }

    /** The distinct input columns the kinds read, in kind order. */
    public List<String> columns() {
        return kinds.stream().map(IdentifierKind::column).distinct().toList();
    }

    public int size() {
        return kinds.size();
    }

    public int indexOf(IdentifierKind kind) {
        return kinds.indexOf(kind);
    }
}
