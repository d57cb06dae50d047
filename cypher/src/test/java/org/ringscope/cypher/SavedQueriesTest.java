package org.ringscope.cypher;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Header parsing and checks, and the packaged library as a whole. No database needed. */
class SavedQueriesTest {
    private static final String BODY = "MATCH (a:Account {id: $accountId}) RETURN a.id LIMIT $limit";

    private static String file(String name, String params, String body) {
        return "// name: " + name + "\n// description: Something useful.\n// params: " + params
                + "\n// read-only: true\n" + body + "\n";
    }

    @Test
    void parsesTheHeader() {
        SavedQuery q = SavedQueries.parse("some-query.cypher",
                file("some-query", "accountId (string), limit (int, default 50)", BODY));
        assertThat(q.name()).isEqualTo("some-query");
        assertThat(q.description()).isEqualTo("Something useful.");
        assertThat(q.params()).containsExactly(
                new SavedQuery.Param("accountId", "string", null),
                new SavedQuery.Param("limit", "int", "50"));
        assertThat(q.cypher()).isEqualTo(BODY);
        assertThat(q.param("accountId").orElseThrow().required()).isTrue();
        assertThat(q.param("limit").orElseThrow().required()).isFalse();
    }

    @Test
    void keepsCommentsAfterTheHeaderAndDropsATrailingSemicolon() {
        SavedQuery q = SavedQueries.parse("q.cypher", file("q", "limit (int, default 5)",
                "// a note for readers\nMATCH (n:Ring) RETURN n.id LIMIT $limit;\r\n"));
        assertThat(q.cypher()).isEqualTo("// a note for readers\nMATCH (n:Ring) RETURN n.id LIMIT $limit");
    }

    @Test
    void acceptsNoParams() {
        SavedQuery q = SavedQueries.parse("q.cypher", file("q", "none", "MATCH (r:Ring) RETURN count(r)"));
        assertThat(q.params()).isEmpty();
    }

    @Test
    void readsEveryTypeAndSpacing() {
        SavedQuery q = SavedQueries.parse("q.cypher", file("q",
                "a(string, default x y),b ( float , default 0.5 ), c (boolean, default false), d (datetime)",
                "RETURN $a, $b, $c, $d"));
        assertThat(q.params()).containsExactly(
                new SavedQuery.Param("a", "string", "x y"),
                new SavedQuery.Param("b", "float", "0.5"),
                new SavedQuery.Param("c", "boolean", "false"),
                new SavedQuery.Param("d", "datetime", null));
    }

    @Test
    void bindsRawValuesToTypedOnesWithDefaults() {
        SavedQuery q = SavedQueries.parse("q.cypher", file("q",
                "since (datetime), limit (int, default 50), ratio (float, default 0.25), on (boolean, default true)",
                "RETURN $since, $limit, $ratio, $on"));
        Map<String, Object> bound = q.bind(Map.of("since", "2024-03-01T01:00:00+01:00", "on", "false"));
        assertThat(bound).containsOnlyKeys("since", "limit", "ratio", "on");
        assertThat(bound.get("since")).isEqualTo(ZonedDateTime.parse("2024-03-01T01:00:00+01:00"));
        assertThat(bound.get("limit")).isEqualTo(50L);
        assertThat(bound.get("ratio")).isEqualTo(0.25);
        assertThat(bound.get("on")).isEqualTo(false);

        assertThatThrownBy(() -> q.bind(Map.of())).hasMessageContaining("since is required");
        assertThatThrownBy(() -> q.bind(Map.of("since", "yesterday"))).hasMessageContaining("not a valid datetime");
        assertThatThrownBy(() -> q.bind(Map.of("since", "2024-03-01T00:00:00Z", "limit", "ten")))
                .hasMessageContaining("not a valid int");
        assertThatThrownBy(() -> q.bind(Map.of("since", "2024-03-01T00:00:00Z", "on", "yes")))
                .hasMessageContaining("not a valid boolean");
        assertThatThrownBy(() -> q.bind(Map.of("since", "2024-03-01T00:00:00Z", "other", "1")))
                .hasMessageContaining("no parameter named other");
    }

    @Test
    void rejectsAnUndeclaredParameter() {
        assertThatThrownBy(() -> SavedQueries.parse("q.cypher", file("q", "accountId (string)", BODY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("q.cypher").hasMessageContaining("undeclared [limit]");
    }

    @Test
    void rejectsAnUnusedParameter() {
        assertThatThrownBy(() -> SavedQueries.parse("q.cypher",
                file("q", "accountId (string), limit (int, default 5), kind (string)", BODY)))
                .hasMessageContaining("unused [kind]");
    }

    @Test
    void ignoresDollarsInStringsNamesAndComments() {
        assertThat(SavedQueries.parameterNames("""
                // $inComment
                MATCH (a {note: '$inSingle', other: "it\\"s $inDouble"})
                /* $inBlock */ WHERE a.`$inBackticks` = $real AND a.x = $second
                RETURN $real""")).containsExactly("real", "second");
    }

    @Test
    void rejectsBadHeaders() {
        assertThatThrownBy(() -> SavedQueries.parse("q.cypher", "// name: q\n// params: none\n// read-only: true\nRETURN 1"))
                .hasMessageContaining("header line 2 must start with '// description:'");
        assertThatThrownBy(() -> SavedQueries.parse("q.cypher", file("q", "", "RETURN 1")))
                .hasMessageContaining("'params' is empty");
        assertThatThrownBy(() -> SavedQueries.parse("q.cypher", file("q", "none", "   ")))
                .hasMessageContaining("no query after the header");
        assertThatThrownBy(() -> SavedQueries.parse("q.cypher", "RETURN 1"))
                .hasMessageContaining("too short");
    }

    @Test
    void rejectsANameThatIsNotTheFileNameOrNotKebabCase() {
        assertThatThrownBy(() -> SavedQueries.parse("other.cypher", file("q", "none", "RETURN 1")))
                .hasMessageContaining("does not match the file name");
        assertThatThrownBy(() -> SavedQueries.parse("Bad_Name.cypher", file("Bad_Name", "none", "RETURN 1")))
                .hasMessageContaining("kebab-case");
    }

    @Test
    void rejectsAQueryNotMarkedReadOnly() {
        String text = file("q", "none", "MATCH (a) SET a.x = 1").replace("read-only: true", "read-only: false");
        assertThatThrownBy(() -> SavedQueries.parse("q.cypher", text)).hasMessageContaining("read-only");
    }

    @Test
    void rejectsMalformedParams() {
        assertThatThrownBy(() -> SavedQueries.parse("q.cypher", file("q", "since (datetime), limit int", "RETURN $since, $limit")))
                .hasMessageContaining("cannot read params from 'limit int'");
        assertThatThrownBy(() -> SavedQueries.parse("q.cypher", file("q", "limit (integer)", "RETURN $limit")))
                .hasMessageContaining("unknown type integer");
        assertThatThrownBy(() -> SavedQueries.parse("q.cypher", file("q", "limit (int, default many)", "RETURN $limit")))
                .hasMessageContaining("not a valid int");
        assertThatThrownBy(() -> SavedQueries.parse("q.cypher", file("q", "limit (int), limit (int)", "RETURN $limit")))
                .hasMessageContaining("declared twice");
        assertThatThrownBy(() -> SavedQueries.parse("q.cypher", file("q", "limit (int) extra", "RETURN $limit")))
                .hasMessageContaining("cannot read params from 'limit (int) extra'");
    }

    @Test
    void rejectsDuplicateNames() {
        SavedQuery q = SavedQueries.parse("q.cypher", file("q", "none", "RETURN 1"));
        assertThatThrownBy(() -> SavedQueries.of(List.of(q, q))).hasMessageContaining("used twice: q");
    }

    @Test
    void readsTheIndex() {
        assertThat(SavedQueries.indexEntries("# comment\n\na.cypher\n  b.cypher  \n")).containsExactly("a.cypher", "b.cypher");
        assertThatThrownBy(() -> SavedQueries.indexEntries("a.cypher\na.cypher")).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> SavedQueries.indexEntries("notes.txt")).hasMessageContaining("not a .cypher");
    }

    // ---- the packaged library ----

    @Test
    void theLibraryLoads() {
        SavedQueries library = SavedQueries.load();
        assertThat(library.names()).containsExactly(
                "shared-identifiers-of-account", "accounts-sharing-identifiers", "identifier-hubs", "contact-reuse",
                "card-shared-with-fraud", "near-confirmed-fraud", "identifier-velocity", "identifier-bursts",
                "rings-by-size", "ring-members", "label-history", "fraud-labels-by-source");
        assertThat(library.get("identifier-velocity").params()).extracting(SavedQuery.Param::name)
                .containsExactly("since", "until", "minNew", "limit");
        assertThat(library.find("no-such-query")).isEmpty();
        assertThatThrownBy(() -> library.get("no-such-query")).hasMessageContaining("no saved query named");
    }

    @Test
    void everyQueryIsBoundedByALimitParameterWithADefault() {
        for (SavedQuery q : SavedQueries.load().all()) {
            assertThat(q.cypher()).as(q.name()).containsPattern("(?m)^LIMIT \\$limit$");
            assertThat(q.param("limit")).as(q.name()).hasValueSatisfying(p -> {
                assertThat(p.type()).isEqualTo("int");
                assertThat(p.required()).isFalse();
            });
            assertThat(q.description()).as(q.name()).endsWith(".");
        }
    }

    @Test
    void everyQueryFileIsInTheIndex() throws IOException, URISyntaxException {
        Path dir = Path.of(SavedQueries.class.getResource("queries/index.txt").toURI()).getParent();
        List<String> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cypher")).sorted().toList();
        }
        List<String> indexed = SavedQueries.indexEntries(CypherResources.read(SavedQueries.INDEX));
        assertThat(indexed).containsExactlyInAnyOrderElementsOf(files);
    }
}
