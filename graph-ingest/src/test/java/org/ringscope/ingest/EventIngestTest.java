package org.ringscope.ingest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ringscope.core.IdentityEvent;
import org.ringscope.core.RawRecord;
import org.ringscope.core.Settings;
import org.ringscope.store.Neo4jStore;
import org.ringscope.store.TestStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventIngestTest {
    private static final String HEADER = "event_id,ts,account_id,type,device_id,email,phone,card,ip,address\n";
    /** Two accounts share a phone (written two ways) and a device; a third shares nothing. */
    private static final String EVENTS = HEADER + """
            e1,2026-01-01T10:00:00Z,A1,signup,dev-1,Jane.Doe+shop@GMail.com,(415) 555-0101,411111******1111,203.0.113.7,"12 Oak Street, Apt 4"
            e2,2026-01-02T10:00:00Z,A1,login,DEV-1,,,,203.0.113.7,
            e3,2026-01-05T10:00:00Z,A1,login,dev-1,,,,198.51.100.9,
            e4,2026-01-03T09:00:00Z,A2,signup,dev-1,janedoe@gmail.com,+1 415 555 0101,,203.0.113.99,12 oak st apt 4
            e5,2026-01-04T09:00:00Z,A3,signup,dev-3,other@example.org,+44 20 7946 0958,tok_abc,192.0.2.1,1 High Road
            """;

    @TempDir
    Path dir;
    private final Neo4jStore store = TestStore.get();
    private Settings settings;

    @BeforeEach
    void emptyStore() {
        settings = TestStore.emptyStoreWithDataDir(dir, Map.of("ringscope.ingest.batch-size", "2"));
    }

    @Test
    void eventsBecomeAccountsLinkedToPseudonymisedIdentifiers() throws IOException {
        IngestReport report = ingest(write("events.csv", EVENTS));

        assertThat(report.rows()).isEqualTo(5);
        assertThat(report.stored()).isEqualTo(5);
        assertThat(report.refused()).isZero();
        assertThat(count("MATCH (a:Account) RETURN count(a)")).isEqualTo(3);
        // Normalisation makes variants meet: one device, one e-mail, one phone and one address for A1 and A2.
        assertThat(count("MATCH (:Account {id:'A1'})-[]->(i)<-[]-(:Account {id:'A2'}) RETURN count(DISTINCT i)"))
                .as("device, email, phone, address, ip prefix shared by A1 and A2").isEqualTo(5);
        assertThat(count("MATCH (i:Device) RETURN count(i)")).isEqualTo(2);
        assertThat(count("MATCH (i:IP) RETURN count(i)")).isEqualTo(4);
        assertThat(count("MATCH (i:IPPrefix) RETURN count(i)")).as("203.0.113.0/24, 198.51.100.0/24, 192.0.2.0/24")
                .isEqualTo(3);
        try (var session = store.session()) {
            var link = session.run("""
                    MATCH (:Account {id:'A1'})-[r:USES_DEVICE]->() RETURN r.events AS n,
                      toString(r.first_seen) AS first, toString(r.last_seen) AS last""").single();
            assertThat(link.get("n").asInt()).isEqualTo(3);
            assertThat(link.get("first").asString()).isEqualTo("2026-01-01T10:00:00Z");
            assertThat(link.get("last").asString()).isEqualTo("2026-01-05T10:00:00Z");
            var account = session.run("MATCH (a:Account {id:'A1'}) RETURN a.events AS n").single();
            assertThat(account.get("n").asInt()).isEqualTo(3);
        }
    }

    @Test
    void rawValuesNeverReachTheGraph() throws IOException {
        ingest(write("events.csv", EVENTS));
        String everything = String.join("\n", GraphDump.of(store)).toLowerCase();
        for (String raw : List.of("jane", "gmail", "555", "203.0.113", "oak", "dev-1", "411111", "tok_abc", "high road")) {
            assertThat(everything).as("raw value %s", raw).doesNotContain(raw);
        }
    }

    @Test
    void reRunningTheSameFileChangesNothing() throws IOException {
        Path file = write("events.csv", EVENTS);
        ingest(file);
        List<String> once = GraphDump.of(store);

        IngestReport again = ingest(file);

        assertThat(again.stored()).isZero();
        assertThat(again.alreadyThere()).isEqualTo(5);
        assertThat(GraphDump.of(store)).isEqualTo(once);
    }

    @Test
    void jsonLinesGiveTheSameGraphAsCsv() throws IOException {
        ingest(write("events.csv", EVENTS));
        List<String> fromCsv = GraphDump.of(store);
        TestStore.reset();

        IngestReport report = ingest(write("events.jsonl", """
                {"event_id":"e1","ts":"2026-01-01T10:00:00Z","account_id":"A1","type":"signup","device_id":"dev-1","email":"Jane.Doe+shop@GMail.com","phone":"(415) 555-0101","card":"411111******1111","ip":"203.0.113.7","address":"12 Oak Street, Apt 4"}
                {"event_id":"e2","ts":"2026-01-02T10:00:00Z","account_id":"A1","type":"login","device_id":"DEV-1","ip":"203.0.113.7"}
                {"event_id":"e3","ts":"2026-01-05T10:00:00Z","account_id":"A1","type":"login","device_id":"dev-1","ip":"198.51.100.9","email":null}

                {"event_id":"e4","ts":"2026-01-03T09:00:00Z","account_id":"A2","type":"signup","device_id":"dev-1","email":"janedoe@gmail.com","phone":"+1 415 555 0101","ip":"203.0.113.99","address":"12 oak st apt 4"}
                {"event_id":"e5","ts":"2026-01-04T09:00:00Z","account_id":"A3","type":"signup","device_id":"dev-3","email":"other@example.org","phone":"+44 20 7946 0958","card":"tok_abc","ip":"192.0.2.1","address":"1 High Road"}
                """));

        assertThat(report.refused()).isZero();
        assertThat(GraphDump.of(store)).isEqualTo(fromCsv);
    }

    @Test
    void badRowsGoToTheDeadLetterFileWithLineAndFieldAndTheRestLands() throws IOException {
        Path file = write("events.csv", HEADER + """
                e1,2026-01-01T10:00:00Z,A1,signup,dev-1,a@example.com,,,,
                e2,yesterday,A1,login,dev-1,,,,,
                e3,2026-01-01T10:00:00Z,A2,signup,dev-2,not-an-email,,,,
                e4,2026-01-01T10:00:00Z,A3,payment,dev-3,,,4111 1111 1111 1111,,
                e5,2026-01-01T10:00:00Z,,signup,dev-4,,,,,
                e6,2026-01-01T10:00:00Z,A4,signup,dev-5,,,,999.1.1.1,
                e7,2026-01-01T10:00:00Z,A5,signup
                e8,2026-01-01T10:00:00Z,4111111111111111,signup,dev-6,,,,,"Flat 2, card 5500 0000 0000 0004 on file"
                e9,2026-01-01T10:00:00Z,4111111111111111,signup,dev-6,,+49 151 1234 5678 9,,,
                """);

        IngestReport report = ingest(file);

        assertThat(report.rows()).isEqualTo(9);
        assertThat(report.refused()).isEqualTo(7);
        assertThat(report.stored()).isEqualTo(2);
        assertThat(count("MATCH (a:Account) RETURN count(a)"))
                .as("A1, and the Luhn-valid internal account id of e9").isEqualTo(2);
        List<String> lines = Files.readAllLines(report.deadLetter());
        assertThat(lines.get(0)).isEqualTo("source,line,record_id,field,reason,row");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("events.csv,3,e2,ts,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("events.csv,4,e3,email,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("events.csv,5,e4,card,").contains("full card number"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("events.csv,6,e5,account_id,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("events.csv,7,e6,ip,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("events.csv,8,,<row>,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("events.csv,9,e8,address,"));
        assertThat(String.join("\n", lines)).as("the dead-letter file never holds a card number")
                .doesNotContain("4111 1111 1111 1111").doesNotContain("5500 0000 0000 0004").contains("[card number removed]");
        assertThat(report.summary()).contains("7 refused").contains(report.deadLetter().toString());

        // Fixing nothing and re-running lands nothing new and refuses the same rows again.
        IngestReport again = ingest(file);
        assertThat(again.stored()).isZero();
        assertThat(again.refused()).isEqualTo(7);
    }

    @Test
    void aCrashHalfWayThenAReRunLeavesTheGraphAsOneCleanRunWould() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 40; i++) {
            csv.append("e").append(i).append(",2026-01-01T10:").append(String.format("%02d", i)).append(":00Z,A")
                    .append(i % 7).append(",login,dev-").append(i % 5).append(",,,,10.0.").append(i % 3).append(".1,\n");
        }
        Path file = write("events.csv", csv.toString());
        ingest(file);
        List<String> clean = GraphDump.of(store);
        TestStore.reset();

        // Batches of 2 rounded up to an account's last event: the writer commits three batches, then dies inside
        // the fourth transaction after writing it.
        EventWriter real = new EventWriter(store, settings.kinds());
        AtomicInteger batches = new AtomicInteger();
        AtomicInteger committed = new AtomicInteger();
        FileIngestor.BatchWriter<IdentityEvent> crashing = batch -> {
            if (batches.incrementAndGet() < 4) {
                committed.addAndGet(batch.size());
                return real.write(batch);
            }
            try (var session = store.session()) {
                return session.executeWrite(tx -> {
                    real.writeInTransaction(tx, batch);
                    throw new IllegalStateException("simulated crash before commit");
                });
            }
        };
        EventPreparer preparer = new Ingest(store, settings).preparer();
        assertThatThrownBy(() -> new FileIngestor<>(preparer, crashing, 2).ingest(file, dir, ProgressFactory.SILENT))
                .hasMessageContaining("simulated crash");
        assertThat(committed.get()).as("three accounts of 5 or 6 events").isBetween(15, 18);
        assertThat(count("MATCH (a:Account) RETURN sum(size(a.event_keys))")).as("three committed batches")
                .isEqualTo(committed.get());

        IngestReport resumed = ingest(file);

        assertThat(resumed.stored()).isEqualTo(40 - committed.get());
        assertThat(resumed.alreadyThere()).isEqualTo(committed.get());
        assertThat(GraphDump.of(store)).isEqualTo(clean);
    }

    @Test
    void aFileIngestForgetsWhatItRememberedWhenAnotherWriterCameInBetween() throws Exception {
        Ingest files = new Ingest(store, settings);   // one writer that remembers across its batches and files
        files.events(write("first.csv", HEADER + """
                e1,2026-01-01T10:00:00Z,A1,signup,dev-1,,,,,
                e2,2026-01-01T11:00:00Z,A2,signup,dev-2,,,,,
                e3,2026-01-01T12:00:00Z,A3,signup,dev-3,,,,,
                """), ProgressFactory.SILENT);
        // The real-time path links A1 to dev-2 and a new dev-9, which the file writer has not seen.
        EventPreparer preparer = files.preparer();
        new EventWriter(store, settings.kinds()).write(List.of(
                preparer.prepare(new RawRecord(1, Map.of("event_id", "api-1", "ts", "2026-01-02T10:00:00Z",
                        "account_id", "A1", "type", "login", "device_id", "dev-2"))),
                preparer.prepare(new RawRecord(2, Map.of("event_id", "api-2", "ts", "2026-01-02T11:00:00Z",
                        "account_id", "A4", "type", "login", "device_id", "dev-9")))));

        IngestReport second = files.events(write("second.csv", HEADER + """
                e4,2026-01-03T10:00:00Z,A1,login,dev-2,,,,,
                e5,2026-01-03T11:00:00Z,A5,login,dev-9,,,,,
                api-1,2026-01-02T10:00:00Z,A1,login,dev-2,,,,,
                """), ProgressFactory.SILENT);

        assertThat(second.stored()).isEqualTo(2);
        assertThat(second.alreadyThere()).as("the event the API stored").isEqualTo(1);
        assertThat(count("MATCH (:Account {id:'A1'})-[r:USES_DEVICE]->() RETURN count(r)")).as("dev-1, dev-2: no twin link")
                .isEqualTo(2);
        assertThat(count("MATCH (:Account {id:'A1'})-[r:USES_DEVICE]->(:Device)<-[:USES_DEVICE]-(:Account {id:'A2'}) "
                + "RETURN r.events")).isEqualTo(2);
        assertThat(count("MATCH (d:Device) RETURN count(d)")).as("dev-9 created once, then merged").isEqualTo(4);
        assertThat(count("MATCH (:Account {id:'A5'})-[:USES_DEVICE]->(:Device)<-[:USES_DEVICE]-(:Account {id:'A4'}) "
                + "RETURN count(*)")).isEqualTo(1);
    }

    @Test
    void batchesWrittenAtOnceGiveTheGraphThatOneAtATimeGives() throws IOException {
        // 30 accounts over 300 events, sharing devices, IPs and cards across batches (batches of 2 rounded up to an
        // account's last event, handed over 8 at a time).
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 300; i++) {
            csv.append("e").append(i).append(",2026-01-").append(String.format("%02d", 1 + i % 28)).append("T10:")
                    .append(String.format("%02d", i % 60)).append(":00Z,A").append(i * 7 % 30).append(",login,dev-")
                    .append(i % 11).append(",,,tok-").append(i % 13).append(",10.0.").append(i % 5).append(".1,\n");
        }
        Path file = write("events.csv", csv.toString());
        settings = settings.with(Map.of("ringscope.ingest.writers", "1"));
        ingest(file);
        List<String> oneAtATime = GraphDump.of(store);
        long transactionsOneAtATime = count("MATCH (l:IngestLock) RETURN l.batches");
        TestStore.reset();

        settings = settings.with(Map.of("ringscope.ingest.writers", "2"));
        IngestReport report = ingest(file);

        assertThat(report.stored()).isEqualTo(300);
        assertThat(GraphDump.of(store)).isEqualTo(oneAtATime);
        assertThat(count("MATCH (l:IngestLock) RETURN l.batches")).as("one guard per 8 batches, not one lock per batch")
                .isLessThan(transactionsOneAtATime / 4);
        assertThat(ingest(file).alreadyThere()).as("re-run").isEqualTo(300);
        assertThat(GraphDump.of(store)).isEqualTo(oneAtATime);
    }

    @Test
    void aRealTimeWriterDuringAFileIngestWaitsForTheGuardAndNothingIsLost() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 400; i++) {
            csv.append("e").append(i).append(",2026-01-01T10:").append(String.format("%02d", i % 60)).append(":00Z,A")
                    .append(i * 7 % 40).append(",login,dev-").append(i % 9).append(",,,,10.0.").append(i % 4).append(".1,\n");
        }
        Path file = write("events.csv", csv.toString());
        EventPreparer preparer = new Ingest(store, settings).preparer();
        List<List<IdentityEvent>> realTime = new ArrayList<>();
        for (int b = 0; b < 20; b++) {
            List<IdentityEvent> batch = new ArrayList<>();
            for (int i = 0; i < 3; i++) {   // the file's accounts and devices, and new ones
                int n = b * 3 + i;
                batch.add(preparer.prepare(new RawRecord(n, Map.of("event_id", "api-" + n, "ts", "2026-01-02T10:00:00Z",
                        "account_id", "A" + (n % 50), "type", "login", "device_id", "dev-" + (n % 12)))));
            }
            realTime.add(batch);
        }
        ingest(file);
        realTime.forEach(new EventWriter(store, settings.kinds())::write);
        List<String> oneAfterTheOther = GraphDump.of(store);
        TestStore.reset();

        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Future<IngestReport> fileIngest = background.submit(() -> ingest(file));
            EventWriter api = new EventWriter(store, settings.kinds());
            int stored = 0;
            for (List<IdentityEvent> batch : realTime) {
                stored += api.write(batch);
            }
            assertThat(fileIngest.get().stored()).isEqualTo(400);
            assertThat(stored).isEqualTo(60);
        } finally {
            background.shutdownNow();
        }
        assertThat(GraphDump.of(store)).isEqualTo(oneAfterTheOther);
    }

    @Test
    void repeatedEventIdsInOneFileCountOnce() throws IOException {
        IngestReport report = ingest(write("events.csv", HEADER + """
                e1,2026-01-01T10:00:00Z,A1,login,dev-1,,,,,
                e1,2026-01-01T10:00:00Z,A1,login,dev-1,,,,,
                e2,2026-01-02T10:00:00Z,A1,login,dev-1,,,,,
                e1,2026-01-01T10:00:00Z,A1,login,dev-1,,,,,
                """));
        assertThat(report.stored()).isEqualTo(2);
        assertThat(report.alreadyThere()).isEqualTo(2);
        assertThat(count("MATCH (:Account {id:'A1'})-[r:USES_DEVICE]->() RETURN r.events")).isEqualTo(2);
    }

    @Test
    void kindsAddedByConfigurationAreIngestedWithoutNewCode() throws IOException {
        settings = settings.with(Map.of(
                "ringscope.kind.national_id.label", "NationalId",
                "ringscope.kind.national_id.relationship", "HAS_NATIONAL_ID",
                "ringscope.kind.national_id.normaliser", "token"));
        store.installSchema(settings.kinds());
        ingest(write("events.csv", """
                event_id,ts,account_id,type,national_id,email
                e1,2026-01-01T10:00:00Z,A1,signup,AB-123-X,a@example.com
                e2,2026-01-01T11:00:00Z,A2,signup,ab-123-x ,b@example.com
                """));
        assertThat(count("MATCH (:Account)-[:HAS_NATIONAL_ID]->(n:NationalId) RETURN count(DISTINCT n)")).isEqualTo(1);
        assertThat(count("MATCH (:Account)-[r:HAS_NATIONAL_ID]->(:NationalId) RETURN count(r)")).isEqualTo(2);
    }

    private IngestReport ingest(Path file) throws IOException {
        return new Ingest(store, settings).events(file, ProgressFactory.SILENT);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private long count(String query) {
        try (var session = store.session()) {
            return session.run(query).single().get(0).asLong();
        }
    }
}
