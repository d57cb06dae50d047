package org.ringscope.cypher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analysts' saved query library: the {@code .cypher} files under {@code queries/}, in the order
 * {@code queries/index.txt} lists them, each parsed and checked. Pure Java: knows nothing of how queries are run.
 *
 * <p>Every file starts with this header, one key per line, in this order:
 * <pre>
 * // name: shared-identifiers-of-account
 * // description: one line
 * // params: accountId (string), limit (int, default 50)
 * // read-only: true
 * </pre>
 * {@code params} is {@code none} or a comma-separated list of {@code name (type)} or
 * {@code name (type, default value)}; types are those of {@link SavedQuery#TYPES}. The query follows the header.
 */
public final class SavedQueries {
    /** The index, relative to this package: one file name per line; blank lines and {@code #} lines ignored. */
    public static final String INDEX = "queries/index.txt";

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PARAM = Pattern.compile(
            "\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\(\\s*([a-z]+)\\s*(?:,\\s*default\\s+([^)]*?))?\\s*\\)\\s*(?:,|$)");
    private static final List<String> HEADER_KEYS = List.of("name", "description", "params", "read-only");

    private final Map<String, SavedQuery> byName;

    private SavedQueries(List<SavedQuery> queries) {
        Map<String, SavedQuery> map = new LinkedHashMap<>();
        for (SavedQuery q : queries) {
            if (map.putIfAbsent(q.name(), q) != null) {
                throw new IllegalArgumentException("saved query name used twice: " + q.name());
            }
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /** Loads, parses and checks the library packaged with this module. */
    public static SavedQueries load() {
        List<SavedQuery> queries = new ArrayList<>();
        for (String file : indexEntries(CypherResources.read(INDEX))) {
            queries.add(parse(file, CypherResources.read("queries/" + file)));
        }
        return of(queries);
    }

    /** A library of the given queries, checked for unique names. */
    public static SavedQueries of(List<SavedQuery> queries) {
        return new SavedQueries(queries);
    }

    /** The file names an index text lists. */
    static List<String> indexEntries(String index) {
        List<String> files = new ArrayList<>();
        for (String line : index.split("\n")) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (!entry.endsWith(".cypher") || entry.contains("/")) {
                throw new IllegalArgumentException(INDEX + ": not a .cypher file name: " + entry);
            }
            if (files.contains(entry)) {
                throw new IllegalArgumentException(INDEX + ": listed twice: " + entry);
            }
            files.add(entry);
        }
        return files;
    }

    public List<SavedQuery> all() {
        return List.copyOf(byName.values());
    }

    public Set<String> names() {
        return byName.keySet();
    }

    public Optional<SavedQuery> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public SavedQuery get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no saved query named " + name));
    }

    /**
     * Parses one query file and checks it: header complete and in order, name matching the file name, read-only,
     * parameters well formed and exactly the ones the text uses.
     *
     * @param file the file name, e.g. {@code rings-by-size.cypher}
     */
    public static SavedQuery parse(String file, String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        if (lines.length < HEADER_KEYS.size()) {
            throw fail(file, "too short for the header");
        }
        Map<String, String> header = new LinkedHashMap<>();
        for (int i = 0; i < HEADER_KEYS.size(); i++) {
            String key = HEADER_KEYS.get(i);
            String line = lines[i].strip();
            String prefix = "// " + key + ":";
            if (!line.startsWith(prefix)) {
                throw fail(file, "header line " + (i + 1) + " must start with '" + prefix + "'");
            }
            String value = line.substring(prefix.length()).strip();
            if (value.isEmpty()) {
                throw fail(file, "header '" + key + "' is empty");
            }
            header.put(key, value);
        }
        String name = header.get("name");
        if (!NAME.matcher(name).matches()) {
            throw fail(file, "name must be kebab-case: " + name);
        }
        if (!file.equals(name + ".cypher")) {
            throw fail(file, "name '" + name + "' does not match the file name");
        }
        if (!header.get("read-only").equals("true")) {
            throw fail(file, "the library holds read-only queries only; 'read-only' must be true");
        }
        List<SavedQuery.Param> params;
        try {
            params = parseParams(header.get("params"));
        } catch (IllegalArgumentException e) {
            throw fail(file, e.getMessage());
        }

        String cypher = String.join("\n", List.of(lines).subList(HEADER_KEYS.size(), lines.length)).strip();
        if (cypher.endsWith(";")) {
            cypher = cypher.substring(0, cypher.length() - 1).strip();
        }
        if (cypher.isEmpty()) {
            throw fail(file, "no query after the header");
        }
        Set<String> declared = new TreeSet<>();
        params.forEach(p -> declared.add(p.name()));
        Set<String> used = new TreeSet<>(parameterNames(cypher));
        if (!declared.equals(used)) {
            Set<String> undeclared = new TreeSet<>(used);
            undeclared.removeAll(declared);
            Set<String> unused = new TreeSet<>(declared);
            unused.removeAll(used);
            throw fail(file, "declared parameters do not match the query: undeclared " + undeclared
                    + ", unused " + unused);
        }
        return new SavedQuery(name, header.get("description"), params, cypher);
    }

    /** Parses the value of a {@code params:} header line. */
    static List<SavedQuery.Param> parseParams(String value) {
        if (value.equals("none")) {
            return List.of();
        }
        List<SavedQuery.Param> params = new ArrayList<>();
        Matcher m = PARAM.matcher(value);
        int at = 0;
        while (at < value.length()) {
            m.region(at, value.length());
            if (!m.lookingAt()) {
                throw new IllegalArgumentException("cannot read params from '" + value.substring(at).strip()
                        + "'; expected name (type) or name (type, default value)");
            }
            String name = m.group(1);
            if (params.stream().anyMatch(p -> p.name().equals(name))) {
                throw new IllegalArgumentException("parameter declared twice: " + name);
            }
            String defaultValue = m.group(3);
            params.add(new SavedQuery.Param(name, m.group(2), defaultValue == null ? null : defaultValue.strip()));
            at = m.end();
        }
        if (params.isEmpty()) {
            throw new IllegalArgumentException("params is empty; write 'none' for a query without parameters");
        }
        return params;
    }

    /**
     * The {@code $name} parameters a Cypher text uses, in order of first use, ignoring string literals,
     * back-quoted names and comments.
     */
    static Set<String> parameterNames(String cypher) {
        Set<String> names = new LinkedHashSet<>();
        int n = cypher.length();
        int i = 0;
        while (i < n) {
            char c = cypher.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i++;
                while (i < n && cypher.charAt(i) != c) {
                    i += cypher.charAt(i) == '\\' && c != '`' ? 2 : 1;
                }
                i++;
            } else if (c == '/' && i + 1 < n && cypher.charAt(i + 1) == '/') {
                while (i < n && cypher.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && cypher.charAt(i + 1) == '*') {
                int end = cypher.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '$') {
                int start = ++i;
                while (i < n && (Character.isLetterOrDigit(cypher.charAt(i)) || cypher.charAt(i) == '_')) {
                    i++;
                }
                if (i > start) {
                    names.add(cypher.substring(start, i));
                }
            } else {
                i++;
            }
        }
        return names;
    }

    private static IllegalArgumentException fail(String file, String message) {
        return new IllegalArgumentException("saved query " + file + ": " + message);
    }
}
