package org.ringscope.datasets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ringscope.core.CardNumbers;
import org.ringscope.core.IdentifierKind;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.core.InvalidValueException;
import org.ringscope.core.Normaliser;
import org.ringscope.core.Normalisers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** One data set of 20,000 accounts, generated once and checked from every side. */
class DemoGeneratorTest {
    private static final int ACCOUNTS = 20_000;
    private static final Set<String> TYPES = Set.of("signup", "login", "payment", "profile_change", "add_card",
            "password_reset");
    private static final String[] IDENTIFIER_COLUMNS = {"device_id", "email", "phone", "card", "ip", "address"};

    @TempDir
    static Path dir;
    static DemoConfig config;
    static DemoSummary summary;
    static CsvFile events;
    static CsvFile labels;
    static CsvFile truth;
    static final Map<String, List<Map<String, String>>> eventsByAccount = new HashMap<>();
    static IdentifierGraph graph;

    @BeforeAll
    static void generate() throws IOException {
        config = DemoConfig.defaults(7, ACCOUNTS);
        summary = DemoGenerator.generate(config, dir);
        events = CsvFile.read(dir.resolve(DemoGenerator.EVENTS_FILE));
        labels = CsvFile.read(dir.resolve(DemoGenerator.LABELS_FILE));
        truth = CsvFile.read(dir.resolve(DemoGenerator.TRUTH_FILE));
        for (Map<String, String> e : events.rows()) {
            eventsByAccount.computeIfAbsent(e.get("account_id"), k -> new ArrayList<>()).add(e);
        }
        graph = IdentifierGraph.of(events);
    }

    @Test
    void filesHaveTheIngestHeaders() {
        assertThat(events.header()).containsExactly("event_id", "ts", "account_id", "type", "device_id", "email",
                "phone", "card", "ip", "address");
        assertThat(labels.header()).containsExactly("account_id", "label", "ts", "source");
        assertThat(truth.header()).containsExactly("account_id", "ring_id", "typology");
    }

    @Test
    void summaryMatchesTheFiles() {
        assertThat(summary.accounts()).isEqualTo(ACCOUNTS);
        assertThat(eventsByAccount).hasSize(ACCOUNTS);
        assertThat(summary.events()).isEqualTo(events.rows().size());
        assertThat(summary.plantedMembers()).isEqualTo(truth.rows().size());
        assertThat(summary.labels()).isEqualTo(labels.rows().size());
        assertThat(summary.ringsByTypology().keySet()).containsExactly("synthetic_identity", "account_takeover",
                "card_testing", "money_mule", "bust_out");
        assertThat(summary.rings()).isEqualTo(truth.rows().stream().map(r -> r.get("ring_id")).distinct().count());
    }

    @Test
    void eventsAreWellFormedAndInTimeOrder() {
        Instant start = config.endDate().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                .minus(java.time.Duration.ofDays(config.days()));
        Instant end = config.endDate().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        Set<String> ids = new HashSet<>();
        String previous = "";
        for (Map<String, String> e : events.rows()) {
            assertThat(ids.add(e.get("event_id"))).as("unique event id %s", e.get("event_id")).isTrue();
            String ts = e.get("ts");
            assertThat(ts).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
            assertThat(Instant.parse(ts)).isBetween(start, end);
            assertThat(ts.compareTo(previous)).isGreaterThanOrEqualTo(0);
            previous = ts;
            assertThat(e.get("type")).isIn(TYPES);
            long identifiers = java.util.Arrays.stream(IDENTIFIER_COLUMNS).filter(c -> !e.get(c).isEmpty()).count();
            assertThat(identifiers).as("identifiers on %s", e).isBetween(2L, 6L);
        }
        double perAccount = events.rows().size() / (double) ACCOUNTS;
        assertThat(perAccount).isBetween(5.0, 8.0);
    }

    @Test
    void everyAccountSignsUpOnceAndFirst() {
        for (List<Map<String, String>> history : eventsByAccount.values()) {
            long signups = history.stream().filter(e -> e.get("type").equals("signup")).count();
            assertThat(signups).isEqualTo(1);
            String signupTs = history.stream().filter(e -> e.get("type").equals("signup")).findFirst().orElseThrow()
                    .get("ts");
            assertThat(history).allSatisfy(e -> assertThat(e.get("ts")).isGreaterThanOrEqualTo(signupTs));
        }
    }

    @Test
    void cardsArePaidWithOnlyAfterTheAccountAddedThem() {
        for (List<Map<String, String>> history : eventsByAccount.values()) {
            Map<String, String> added = new HashMap<>();
            history.stream().filter(e -> e.get("type").equals("add_card"))
                    .forEach(e -> added.merge(e.get("card"), e.get("ts"), (a, b) -> a.compareTo(b) <= 0 ? a : b));
            history.stream().filter(e -> e.get("type").equals("payment")).forEach(e -> {
                assertThat(added).as("payment %s", e).containsKey(e.get("card"));
                assertThat(e.get("ts")).as("payment %s", e).isGreaterThanOrEqualTo(added.get(e.get("card")));
            });
        }
    }

    @Test
    void noFieldAnywhereHoldsACardNumber() throws IOException {
        for (CsvFile file : List.of(events, labels, truth)) {
            for (Map<String, String> row : file.rows()) {
                for (Map.Entry<String, String> field : row.entrySet()) {
                    assertThat(CardNumbers.containsCardNumber(field.getValue()))
                            .as("%s = %s", field.getKey(), field.getValue()).isFalse();
                }
            }
        }
        // Cards are only ever tokens or BIN + last four.
        assertThat(events.rows()).map(e -> e.get("card")).filteredOn(c -> !c.isEmpty())
                .allMatch(c -> c.matches("tok_[A-Za-z0-9]{24}|\\d{6}\\*{5,6}\\d{4}"));
        // Phones never carry 13 or more digits.
        assertThat(events.rows()).map(e -> e.get("phone")).filteredOn(p -> !p.isEmpty())
                .allMatch(p -> p.replaceAll("\\D", "").length() <= 11);
    }

    @Test
    void everyIdentifierNormalisesWithTheCoreNormalisers() {
        IdentifierKinds kinds = IdentifierKinds.defaults();
        Normalisers normalisers = new Normalisers("US");
        for (IdentifierKind kind : kinds.all()) {
            Normaliser n = normalisers.byName(kind.normaliser());
            for (Map<String, String> e : events.rows()) {
                String raw = e.get(kind.column());
                if (raw != null && !raw.isEmpty()) {
                    try {
                        n.normalise(raw);
                    } catch (InvalidValueException ex) {
                        throw new AssertionError(kind.name() + " '" + raw + "' " + ex.getMessage());
                    }
                }
            }
        }
    }

    @Test
    void allFiveTypologiesArePlantedWithSizesInRange() {
        Map<String, Set<String>> members = new TreeMap<>();
        Map<String, String> typologyOf = new HashMap<>();
        for (Map<String, String> r : truth.rows()) {
            members.computeIfAbsent(r.get("ring_id"), k -> new HashSet<>()).add(r.get("account_id"));
            typologyOf.put(r.get("ring_id"), r.get("typology"));
        }
        assertThat(new HashSet<>(typologyOf.values())).containsExactlyInAnyOrder("synthetic_identity",
                "account_takeover", "card_testing", "money_mule", "bust_out");
        assertThat(members.values()).allSatisfy(m ->
                assertThat(m.size()).isBetween(config.minRingSize(), config.largeRingMaxSize()));
        long planted = truth.rows().size();
        assertThat(planted / (double) ACCOUNTS).isBetween(0.02, 0.03);
        // An account is in at most one ring.
        assertThat(truth.rows().stream().map(r -> r.get("account_id")).distinct().count()).isEqualTo(planted);
    }

    @Test
    void truthAccountsAllHaveEvents() {
        assertThat(truth.rows()).allSatisfy(r -> assertThat(eventsByAccount).containsKey(r.get("account_id")));
    }

    @Test
    void labelsReferToKnownAccountsAfterTheirActivity() {
        Set<String> ringMembers = new HashSet<>();
        truth.rows().forEach(r -> ringMembers.add(r.get("account_id")));
        int wrong = 0;
        for (Map<String, String> l : labels.rows()) {
            String account = l.get("account_id");
            assertThat(eventsByAccount).containsKey(account);
            assertThat(l.get("label")).isIn("fraud", "legit");
            assertThat(l.get("source")).isIn("investigator", "chargeback", "rule");
            String lastEvent = eventsByAccount.get(account).stream().map(e -> e.get("ts")).max(String::compareTo)
                    .orElseThrow();
            assertThat(l.get("ts")).isGreaterThanOrEqualTo(lastEvent);
            if (l.get("label").equals("legit")) {
                assertThat(ringMembers).doesNotContain(account);
            } else if (!ringMembers.contains(account)) {
                wrong++;
            }
        }
        assertThat(wrong).isEqualTo(summary.wrongFraudLabels());
        assertThat(wrong).isLessThan(ACCOUNTS / 1000);
        assertThat(summary.legitLabels()).isBetween(ACCOUNTS / 400L, ACCOUNTS / 100L);
    }

    @Test
    void aboutThirtyPercentOfALabelledRingIsLabelledAndSomeRingsNotAtAll() {
        Set<String> labelled = new HashSet<>();
        labels.rows().forEach(l -> labelled.add(l.get("account_id")));
        Map<String, int[]> perRing = new HashMap<>();
        for (Map<String, String> r : truth.rows()) {
            int[] counts = perRing.computeIfAbsent(r.get("ring_id"), k -> new int[2]);
            counts[0]++;
            counts[1] += labelled.contains(r.get("account_id")) ? 1 : 0;
        }
        assertThat(perRing.values()).anyMatch(c -> c[1] == 0).anyMatch(c -> c[1] > 0);
        int members = 0;
        int labelledMembers = 0;
        for (int[] c : perRing.values()) {
            if (c[1] > 0) {
                members += c[0];
                labelledMembers += c[1];
            }
        }
        assertThat(labelledMembers / (double) members).isBetween(0.2, 0.42);
    }

    @Test
    void householdsAndHubsAreThere() {
        Set<String> ringMembers = new HashSet<>();
        truth.rows().forEach(r -> ringMembers.add(r.get("account_id")));
        // Carrier NAT: an IP behind which hundreds of accounts appear.
        assertThat(graph.maxAccounts("ip")).isGreaterThan(500);
        // Kiosks and library PCs: a device used by dozens of accounts.
        assertThat(graph.maxAccounts("device")).isGreaterThan(50);
        // Households: many addresses shared by two or more legitimate accounts, some by five or more.
        long sharedHomes = graph.values("address").stream()
                .filter(v -> graph.accounts("address", v).stream().filter(a -> !ringMembers.contains(a)).count() >= 2)
                .count();
        assertThat(sharedHomes).isGreaterThan(ACCOUNTS / 20);
        assertThat(graph.values("address")).anySatisfy(v ->
                assertThat(graph.accounts("address", v).stream().filter(a -> !ringMembers.contains(a)).count())
                        .isGreaterThanOrEqualTo(5));
        // Family cards and landlines exist among legitimate accounts too.
        assertThat(graph.values("card")).anySatisfy(v -> assertThat(graph.accounts("card", v)).hasSizeGreaterThan(1)
                .noneMatch(ringMembers::contains));
        assertThat(graph.values("phone")).anySatisfy(v -> assertThat(graph.accounts("phone", v)).hasSizeGreaterThan(1)
                .noneMatch(ringMembers::contains));
    }

    @Test
    void ringsHangTogetherThroughIdentifiersThatAreNotHubs() {
        Map<String, Set<String>> rings = new TreeMap<>();
        truth.rows().forEach(r -> rings.computeIfAbsent(r.get("ring_id"), k -> new HashSet<>()).add(r.get("account_id")));
        int connected = 0;
        for (Set<String> members : rings.values()) {
            if (graph.connectedWithin(members, 50)) {
                connected++;
            }
        }
        // A few address renderings leave out the ZIP code, which can cut a loosely tied member off.
        assertThat(connected).isGreaterThanOrEqualTo((int) Math.ceil(rings.size() * 0.9));
        // Ring members also use the hubs, like everyone else.
        long membersOnHubs = rings.values().stream().flatMap(Set::stream)
                .filter(a -> graph.touchesHub(a, "ip", 500)).count();
        assertThat(membersOnHubs).isGreaterThan(truth.rows().size() / 4);
    }

    @Test
    void accountIdsRevealNothingAboutRings() {
        // Ids come from a keyed permutation: ring members' ids are not clustered.
        List<String> ids = truth.rows().stream().map(r -> r.get("account_id")).sorted().toList();
        List<String> all = eventsByAccount.keySet().stream().sorted().toList();
        double medianRank = all.indexOf(ids.get(ids.size() / 2)) / (double) all.size();
        assertThat(medianRank).isBetween(0.4, 0.6);
    }

    @Test
    void sameSeedSameBytesWhateverTheSortBuffer(@TempDir Path a, @TempDir Path b, @TempDir Path c) throws IOException {
        DemoConfig small = DemoConfig.defaults(99, 3_000);
        DemoGenerator.generate(small, a);
        // A tiny buffer forces the spill-and-merge path; the result must not change.
        DemoGenerator.generate(small.withSortBufferEvents(1_000), b);
        for (String f : List.of(DemoGenerator.EVENTS_FILE, DemoGenerator.LABELS_FILE, DemoGenerator.TRUTH_FILE)) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
        assertThat(Files.list(b).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                DemoGenerator.EVENTS_FILE, DemoGenerator.LABELS_FILE, DemoGenerator.TRUTH_FILE);
        DemoGenerator.generate(DemoConfig.defaults(100, 3_000), c);
        assertThat(Files.readAllBytes(c.resolve(DemoGenerator.EVENTS_FILE)))
                .isNotEqualTo(Files.readAllBytes(a.resolve(DemoGenerator.EVENTS_FILE)));
    }

    @Test
    void progressIsReported(@TempDir Path out) throws IOException {
        List<Long> reported = new ArrayList<>();
        DemoSummary s = DemoGenerator.generate(DemoConfig.defaults(1, 10_000), out, reported::add);
        assertThat(reported).isNotEmpty().isSorted();
        assertThat(reported.get(reported.size() - 1)).isEqualTo(s.events());
    }
}
