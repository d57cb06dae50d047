package org.ringscope.cypher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every saved query against a real Neo4j loaded with {@code fixture-graph.cypher} and checks the answers worked
 * out by hand from that fixture. Parameters go through {@link SavedQuery#bind}, as they will from the HTTP API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SavedQueriesGraphTest {
    private static final SavedQueries LIBRARY = SavedQueries.load();
    private static final Map<String, String> KINDS = Map.of("device", "Device", "email", "Email", "phone", "Phone",
            "card", "Card", "ip", "IP", "ip_prefix", "IPPrefix", "address", "Address");

    private Neo4j neo4j;
    private Driver driver;
    private Set<String> covered = Set.of();

    @BeforeAll
    void startAndLoad() throws Exception {
        neo4j = Neo4jBuilders.newInProcessBuilder(Path.of("target", "neo4j-harness"))
                .withDisabledServer()
                .withConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                .withConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .build();
        driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none(),
                Config.builder().withLogging(Logging.none()).build());
        try (Session session = driver.session()) {
            for (String statement : SchemaScript.statements(KINDS)) {
                session.run(statement).consume();
            }
            String fixture;
            try (var in = getClass().getResourceAsStream("/fixture-graph.cypher")) {
                fixture = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            for (String statement : SchemaScript.split(fixture)) {
                session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
            }
            assertThat(session.run("MATCH (a:Account) RETURN count(a) AS n").single().get("n").asLong()).isEqualTo(21);
        }
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.close();
        }
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @BeforeEach
    void noteCoveredQueries(TestInfo info) {
        covered = info.getTestMethod().map(m -> m.getAnnotation(Covers.class))
                .map(c -> Set.of(c.value())).orElse(Set.of());
    }

    // ---- the library as a whole ----

    @Test
    void everySavedQueryHasATest() {
        Set<String> tested = new TreeSet<>();
        for (Method m : getClass().getDeclaredMethods()) {
            Covers covers = m.getAnnotation(Covers.class);
            if (covers != null && m.isAnnotationPresent(Test.class)) {
                tested.addAll(Arrays.asList(covers.value()));
            }
        }
        assertThat(tested).as("saved queries with a result test").containsAll(LIBRARY.names());
        assertThat(LIBRARY.names()).as("@Covers names that are saved queries").containsAll(tested);
    }

    static Stream<SavedQuery> library() {
        return LIBRARY.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("library")
    void everySavedQueryIsReadOnly(SavedQuery query) {
        Map<String, Object> params = query.bind(sampleValues(query));
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            assertThat(session.run("EXPLAIN " + query.cypher(), params).consume().queryType())
                    .as(query.name()).isEqualTo(QueryType.READ_ONLY);
            // and it runs, with its defaults, inside a read transaction
            session.executeRead(tx -> tx.run(query.cypher(), params).list());
        }
    }

    @Test
    void theReadOnlyCheckRejectsWrites() {
        try (Session session = driver.session()) {
            assertThat(session.run("EXPLAIN MATCH (a:Account {id: $id}) SET a.x = 1 RETURN a", Map.of("id", "x"))
                    .consume().queryType()).isEqualTo(QueryType.READ_WRITE);
            assertThat(session.run("EXPLAIN CREATE (:Account {id: 'x'})").consume().queryType())
                    .isEqualTo(QueryType.WRITE_ONLY);
        }
    }

    // ---- one test per saved query, answers worked out from fixture-graph.cypher ----

    @Test
    @Covers("shared-identifiers-of-account")
    void sharedIdentifiersOfAccount() {
        List<Map<String, Object>> rows = rows("shared-identifiers-of-account", Map.of("accountId", "acc-03"));
        assertThat(table(rows, "kind", "key", "sharedWith")).containsExactly(
                List.of("Device", "dev-ring", 4L),
                List.of("Phone", "phone-ring", 4L),
                List.of("Email", "email-03", 0L));
        assertThat(instant(rows.get(0).get("firstSeen"))).isEqualTo(Instant.parse("2024-03-10T03:00:00Z"));
        assertThat(rows.get(0).get("events")).isEqualTo(3L);

        assertThat(table(rows("shared-identifiers-of-account", Map.of("accountId", "acc-03", "limit", "1")), "key"))
                .containsExactly(List.of("dev-ring"));
        assertThat(rows("shared-identifiers-of-account", Map.of("accountId", "no-such-account"))).isEmpty();
    }

    @Test
    @Covers("accounts-sharing-identifiers")
    void accountsSharingIdentifiers() {
        List<Map<String, Object>> rows = rows("accounts-sharing-identifiers", Map.of("accountId", "acc-10"));
        // acc-11 shares card-pair and ip-hub; the other eight ip-hub users share only the IP.
        assertThat(rows).hasSize(9);
        assertThat(table(rows.subList(0, 3), "accountId", "sharedIdentifiers", "kinds")).containsExactly(
                List.of("acc-11", 2L, List.of("Card", "IP")),
                List.of("acc-06", 1L, List.of("IP")),
                List.of("acc-07", 1L, List.of("IP")));
        assertThat(table(rows, "accountId")).extracting(r -> r.get(0)).containsExactly(
                "acc-11", "acc-06", "acc-07", "acc-08", "acc-09", "acc-12", "acc-13", "acc-14", "acc-15");

        // the fraud account acc-01: its ring mates through device and phone, and the card-fraud users
        assertThat(table(rows("accounts-sharing-identifiers", Map.of("accountId", "acc-01", "limit", "10")),
                "accountId", "label", "sharedIdentifiers", "kinds")).containsExactly(
                Arrays.asList("acc-02", "fraud", 2L, List.of("Device", "Phone")),
                Arrays.asList("acc-03", null, 2L, List.of("Device", "Phone")),
                Arrays.asList("acc-04", null, 2L, List.of("Device", "Phone")),
                Arrays.asList("acc-05", null, 2L, List.of("Device", "Phone")),
                Arrays.asList("acc-16", "legit", 1L, List.of("Card")),
                Arrays.asList("acc-17", null, 1L, List.of("Card")));
        assertThat(rows("accounts-sharing-identifiers", Map.of("accountId", "acc-21"))).isEmpty();
    }

    @Test
    @Covers("identifier-hubs")
    void identifierHubs() {
        assertThat(table(rows("identifier-hubs", Map.of("perKind", "2")), "kind", "rank", "key", "accounts"))
                .containsExactly(
                        List.of("Address", 1L, "addr-shared", 2L),
                        List.of("Card", 1L, "card-fraud", 3L),
                        List.of("Card", 2L, "card-pair", 2L),
                        List.of("Device", 1L, "dev-ring", 5L),
                        List.of("Email", 1L, "email-shared", 3L),
                        List.of("IP", 1L, "ip-hub", 10L),
                        List.of("IPPrefix", 1L, "prefix-1", 2L),
                        List.of("Phone", 1L, "phone-ring", 5L),
                        List.of("Phone", 2L, "phone-2", 2L));
        // defaults: up to 10 per kind, so card-x (2 accounts) comes in third
        List<Map<String, Object>> all = rows("identifier-hubs", Map.of());
        assertThat(all).hasSize(10);
        assertThat(table(all, "kind", "rank", "key")).contains(List.of("Card", 3L, "card-x"));
        assertThat(table(rows("identifier-hubs", Map.of("minAccounts", "3")), "key", "accounts")).containsExactly(
                List.of("card-fraud", 3L), List.of("dev-ring", 5L), List.of("email-shared", 3L),
                List.of("ip-hub", 10L), List.of("phone-ring", 5L));
        assertThat(table(rows("identifier-hubs", Map.of("limit", "3")), "key"))
                .containsExactly(List.of("addr-shared"), List.of("card-fraud"), List.of("card-pair"));
    }

    @Test
    @Covers("contact-reuse")
    void contactReuse() {
        assertThat(table(rows("contact-reuse", Map.of()), "kind", "key", "accounts", "accountIds")).containsExactly(
                List.of("Phone", "phone-ring", 5L, List.of("acc-01", "acc-02", "acc-03", "acc-04", "acc-05")),
                List.of("Email", "email-shared", 3L, List.of("acc-12", "acc-13", "acc-14")),
                List.of("Phone", "phone-2", 2L, List.of("acc-19", "acc-20")));
        // the id list is capped, the count is not
        assertThat(table(rows("contact-reuse", Map.of("minAccounts", "3", "maxAccountIds", "2")),
                "key", "accounts", "accountIds")).containsExactly(
                List.of("phone-ring", 5L, List.of("acc-01", "acc-02")),
                List.of("email-shared", 3L, List.of("acc-12", "acc-13")));
    }

    @Test
    @Covers("card-shared-with-fraud")
    void cardSharedWithFraud() {
        List<Map<String, Object>> rows = rows("card-shared-with-fraud", Map.of());
        assertThat(table(rows, "accountId", "label", "card", "fraudAccounts")).containsExactly(
                Arrays.asList("acc-16", "legit", "card-fraud", List.of("acc-01")),
                Arrays.asList("acc-17", null, "card-fraud", List.of("acc-01")),
                Arrays.asList("acc-18", null, "card-x", List.of("acc-02")));
        assertThat(instant(rows.get(0).get("cardFirstSeen"))).isEqualTo(Instant.parse("2024-03-25T00:00:00Z"));
    }

    @Test
    @Covers("near-confirmed-fraud")
    void nearConfirmedFraud() {
        // acc-03..05 reach both fraud accounts through the device and the phone: 2 x 2 paths each.
        assertThat(table(rows("near-confirmed-fraud", Map.of()), "accountId", "paths", "fraudAccounts", "kinds"))
                .containsExactly(
                        List.of("acc-03", 4L, 2L, List.of("Device", "Phone")),
                        List.of("acc-04", 4L, 2L, List.of("Device", "Phone")),
                        List.of("acc-05", 4L, 2L, List.of("Device", "Phone")),
                        List.of("acc-16", 1L, 1L, List.of("Card")),
                        List.of("acc-17", 1L, 1L, List.of("Card")),
                        List.of("acc-18", 1L, 1L, List.of("Card")));
        assertThat(rows("near-confirmed-fraud", Map.of("limit", "4"))).hasSize(4);
    }

    @Test
    @Covers("identifier-velocity")
    void identifierVelocity() {
        // March (UTC). phone-ring's acc-04 link was stored as 2024-04-01T01:00+02:00 (in March as an instant) and
        // acc-05's as 2024-03-31T23:30-02:00 (in April): compared as text they would swap sides.
        assertThat(table(rows("identifier-velocity", Map.of("since", "2024-03-01T00:00:00Z", "until", "2024-04-01T00:00:00Z")),
                "kind", "key", "newAccounts", "totalAccounts")).containsExactly(
                List.of("Device", "dev-ring", 5L, 5L),
                List.of("Phone", "phone-ring", 4L, 5L),
                List.of("Email", "email-shared", 3L, 3L),
                List.of("IP", "ip-hub", 2L, 10L));
        assertThat(table(rows("identifier-velocity", Map.of("since", "2024-04-01T00:00:00Z", "until", "2024-05-01T00:00:00Z")),
                "kind", "key", "newAccounts", "totalAccounts")).containsExactly(
                List.of("IP", "ip-hub", 2L, 10L),
                List.of("Phone", "phone-2", 2L, 2L));
        // since is inclusive (acc-10 joined ip-hub at exactly 2024-03-01T00:00Z), until exclusive
        assertThat(table(rows("identifier-velocity", Map.of("since", "2024-03-01T00:00:00Z",
                "until", "2024-03-02T00:00:00Z", "minNew", "1")), "key", "newAccounts"))
                .containsExactly(List.of("ip-hub", 1L));
        assertThat(rows("identifier-velocity", Map.of("since", "2024-02-21T00:00:00Z",
                "until", "2024-03-01T00:00:00Z", "minNew", "1"))).isEmpty();
        // the same window written with other offsets gives the same answer: acc-10's link, stored in UTC, sits
        // exactly on since, which a plain datetime comparison would break by offset and drop
        assertThat(rows("identifier-velocity", Map.of("since", "2024-03-01T02:00:00+02:00",
                "until", "2024-03-31T22:00:00-02:00"))).hasSize(4);
    }

    @Test
    @Covers("identifier-bursts")
    void identifierBursts() {
        Map<String, String> year = Map.of("since", "2024-01-01T00:00:00Z", "until", "2025-01-01T00:00:00Z");
        List<Map<String, Object>> rows = rows("identifier-bursts", year);
        assertThat(table(rows, "kind", "key", "accounts")).containsExactly(
                List.of("Device", "dev-ring", 5L),
                List.of("Email", "email-shared", 3L));
        assertThat(instant(rows.get(0).get("windowStart"))).isEqualTo(Instant.parse("2024-03-10T01:00:00Z"));
        assertThat(instant(rows.get(0).get("lastInWindow"))).isEqualTo(Instant.parse("2024-03-10T05:00:00Z"));
        assertThat(instant(rows.get(1).get("windowStart"))).isEqualTo(Instant.parse("2024-03-15T10:00:00Z"));
        assertThat(instant(rows.get(1).get("lastInWindow"))).isEqualTo(Instant.parse("2024-03-16T08:00:00Z"));

        // pairs: phone-2 (12 h apart) and phone-ring's acc-04/acc-05 (2.5 h apart once offsets are applied);
        // card-x's two links are exactly 24 h apart (stored at +01:00 and in UTC), so a 24-hour window, end
        // exclusive, holds only one of them
        Map<String, String> pairs = new HashMap<>(year);
        pairs.put("minAccounts", "2");
        rows = rows("identifier-bursts", pairs);
        assertThat(table(rows, "key", "accounts")).containsExactly(
                List.of("dev-ring", 5L), List.of("email-shared", 3L), List.of("phone-2", 2L), List.of("phone-ring", 2L));
        assertThat(instant(rows.get(3).get("windowStart"))).isEqualTo(Instant.parse("2024-03-31T23:00:00Z"));
        assertThat(instant(rows.get(3).get("lastInWindow"))).isEqualTo(Instant.parse("2024-04-01T01:30:00Z"));

        pairs.put("windowHours", "25");
        assertThat(table(rows("identifier-bursts", pairs), "key")).containsExactly(
                List.of("dev-ring"), List.of("email-shared"), List.of("card-x"), List.of("phone-2"), List.of("phone-ring"));

        // only links first seen inside [since, until) take part: dev-ring's all fall before 2024-03-11
        assertThat(table(rows("identifier-bursts", Map.of("since", "2024-03-11T00:00:00Z", "until", "2025-01-01T00:00:00Z")),
                "key")).containsExactly(List.of("email-shared"));
    }

    @Test
    @Covers("rings-by-size")
    void ringsBySize() {
        List<Map<String, Object>> rows = rows("rings-by-size", Map.of());
        assertThat(table(rows, "ringId", "size", "members", "fraudMembers", "method")).containsExactly(
                List.of("ring-1", 5L, 5L, 2L, "wcc"),
                List.of("ring-3", 4L, 4L, 0L, "leiden"),
                List.of("ring-2", 2L, 2L, 0L, "leiden"));
        assertThat(instant(rows.get(0).get("detectedAt"))).isEqualTo(Instant.parse("2024-03-21T00:00:00Z"));
        assertThat(table(rows("rings-by-size", Map.of("minSize", "3")), "ringId"))
                .containsExactly(List.of("ring-1"), List.of("ring-3"));
        assertThat(rows("rings-by-size", Map.of("limit", "1"))).hasSize(1);
    }

    @Test
    @Covers("ring-members")
    void ringMembers() {
        List<Map<String, Object>> ring1 = rows("ring-members", Map.of("ringId", "ring-1"));
        assertThat(table(ring1, "accountId", "label", "bindingIdentifiers")).containsExactly(
                Arrays.asList("acc-01", "fraud", 2L), Arrays.asList("acc-02", "fraud", 2L),
                Arrays.asList("acc-03", null, 2L), Arrays.asList("acc-04", null, 2L), Arrays.asList("acc-05", null, 2L));
        for (Map<String, Object> member : ring1) {
            assertThat(binding(member)).containsExactly(
                    List.of("Device", "dev-ring", 5L), List.of("Phone", "phone-ring", 5L));
        }
        // ring-2's members share their card and the hub IP; email-10/email-11 and ip-hub's other users do not count
        List<Map<String, Object>> ring2 = rows("ring-members", Map.of("ringId", "ring-2"));
        assertThat(table(ring2, "accountId")).containsExactly(List.of("acc-10"), List.of("acc-11"));
        assertThat(binding(ring2.get(1))).containsExactly(List.of("Card", "card-pair", 2L), List.of("IP", "ip-hub", 2L));
        // acc-21 is a member that shares nothing with the others: listed last, with an empty binding
        List<Map<String, Object>> ring3 = rows("ring-members", Map.of("ringId", "ring-3"));
        assertThat(table(ring3, "accountId", "label", "bindingIdentifiers")).containsExactly(
                Arrays.asList("acc-12", null, 2L), Arrays.asList("acc-13", null, 2L),
                Arrays.asList("acc-14", null, 2L), Arrays.asList("acc-21", "legit", 0L));
        assertThat(binding(ring3.get(0))).containsExactly(List.of("Email", "email-shared", 3L), List.of("IP", "ip-hub", 3L));
        assertThat(binding(ring3.get(3))).isEmpty();
        assertThat(table(rows("ring-members", Map.of("ringId", "ring-3", "limit", "2")), "accountId"))
                .containsExactly(List.of("acc-12"), List.of("acc-13"));
        assertThat(rows("ring-members", Map.of("ringId", "ring-9"))).isEmpty();
    }

    @Test
    @Covers("label-history")
    void labelHistory() {
        List<Map<String, Object>> rows = rows("label-history", Map.of("accountId", "acc-16"));
        assertThat(table(rows, "label", "source", "labelId", "isCurrent")).containsExactly(
                List.of("legit", "manual-review", "lbl-16b", true),
                List.of("fraud", "rule-engine", "lbl-16a", false));
        assertThat(instant(rows.get(0).get("at"))).isEqualTo(Instant.parse("2024-04-05T00:00:00Z"));
        assertThat(table(rows("label-history", Map.of("accountId", "acc-02")), "label", "source", "isCurrent"))
                .containsExactly(List.of("fraud", "manual-review", true), List.of("fraud", "rule-engine", false));
        assertThat(table(rows("label-history", Map.of("accountId", "acc-01", "limit", "1")), "label", "source"))
                .containsExactly(List.of("fraud", "chargeback"));
        assertThat(rows("label-history", Map.of("accountId", "acc-03"))).isEmpty();
    }

    @Test
    @Covers("fraud-labels-by-source")
    void fraudLabelsBySource() {
        List<Map<String, Object>> rows = rows("fraud-labels-by-source", Map.of());
        // the rule engine flagged acc-02 (since confirmed) and acc-16 (since cleared)
        assertThat(table(rows, "source", "fraudLabels", "accounts", "stillFraud")).containsExactly(
                List.of("rule-engine", 2L, 2L, 1L),
                List.of("chargeback", 1L, 1L, 1L),
                List.of("manual-review", 1L, 1L, 1L));
        assertThat(instant(rows.get(0).get("firstAt"))).isEqualTo(Instant.parse("2024-03-15T00:00:00Z"));
        assertThat(instant(rows.get(0).get("lastAt"))).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
        assertThat(rows("fraud-labels-by-source", Map.of("limit", "1"))).hasSize(1);
    }

    // ---- helpers ----

    /** Runs a saved query in a read transaction, with raw parameter values bound as the API will bind them. */
    private List<Map<String, Object>> rows(String name, Map<String, String> raw) {
        assertThat(covered).as("saved queries named in this test's @Covers").contains(name);
        SavedQuery query = LIBRARY.get(name);
        Map<String, Object> params = query.bind(raw);
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> tx.run(query.cypher(), params).list(Record::asMap));
        }
    }

    /** The named columns of each row, as lists (nulls kept). */
    private static List<List<Object>> table(List<Map<String, Object>> rows, String... columns) {
        List<List<Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<Object> values = new ArrayList<>();
            for (String column : columns) {
                assertThat(row).containsKey(column);
                values.add(row.get(column));
            }
            out.add(values);
        }
        return out;
    }

    /** ring-members' binding list as [kind, key, members] triples. */
    @SuppressWarnings("unchecked")
    private static List<List<Object>> binding(Map<String, Object> member) {
        return table((List<Map<String, Object>>) member.get("binding"), "kind", "key", "members");
    }

    private static Instant instant(Object datetime) {
        assertThat(datetime).isInstanceOf(ZonedDateTime.class);
        return ((ZonedDateTime) datetime).toInstant();
    }

    /** Values that satisfy every required parameter, for running a query just to see that it runs. */
    private static Map<String, String> sampleValues(SavedQuery query) {
        Map<String, String> values = new HashMap<>();
        for (SavedQuery.Param p : query.params()) {
            if (p.required()) {
                values.put(p.name(), switch (p.type()) {
                    case "datetime" -> p.name().equals("until") ? "2025-01-01T00:00:00Z" : "2024-01-01T00:00:00Z";
                    case "int" -> "1";
                    case "float" -> "1.0";
                    case "boolean" -> "true";
                    default -> "acc-01";
                });
            }
        }
        return values;
    }
}
