package org.ringscope.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Generates the demo data set: a legitimate population of households with realistic sharing (homes, carrier NAT,
 * kiosks, offices) and planted fraud rings of five typologies, written as {@code events.csv}, {@code labels.csv}
 * and {@code truth.csv}. Deterministic: one configuration always gives the same bytes. Streams household by
 * household and ring by ring, so memory does not grow with the number of accounts (see {@link SortedEventWriter}).
 */
public final class DemoGenerator {
    public static final String EVENTS_FILE = "events.csv";
    public static final String LABELS_FILE = "labels.csv";
    public static final String TRUTH_FILE = "truth.csv";

    private final DemoConfig cfg;
    private final Rng labelRng;
    private final Timeline time;
    private final LabelBook labels = new LabelBook();
    private long wrongFraudLabels;

    private DemoGenerator(DemoConfig cfg, Rng labelRng) {
        this.cfg = cfg;
        this.labelRng = labelRng;
        this.time = new Timeline(cfg.endDate(), cfg.days());
    }

    public static DemoSummary generate(DemoConfig cfg, Path outDir) throws IOException {
        return generate(cfg, outDir, events -> { });
    }

    /**
     * Writes the three files into {@code outDir} (created if needed, existing files replaced).
     *
     * @param progress called now and then with the number of events generated so far, and once at the end
     */
    public static DemoSummary generate(DemoConfig cfg, Path outDir, LongConsumer progress) throws IOException {
        Files.createDirectories(outDir);
        Rng master = new Rng(cfg.seed());
        // Separate streams, so e.g. a different label share does not change the events.
        Rng infrastructureRng = master.split();
        Rng planRng = master.split();
        Rng householdRng = master.split();
        Rng ringRng = master.split();
        DemoGenerator generator = new DemoGenerator(cfg, master.split());
        return generator.run(outDir, progress, infrastructureRng, planRng, householdRng, ringRng);
    }

    private DemoSummary run(Path outDir, LongConsumer progress, Rng infrastructureRng, Rng planRng, Rng householdRng,
                            Rng ringRng) throws IOException {
        Ids ids = new Ids(cfg.seed());
        Cards cards = new Cards(infrastructureRng, 5_000);
        Hubs hubs = new Hubs(cfg, infrastructureRng, cards);
        RingPlan plan = RingPlan.draw(cfg, planRng);
        Map<String, Integer> ringsByTypology = new LinkedHashMap<>();
        for (Typology t : Typology.values()) {
            ringsByTypology.put(t.label(), 0);
        }
        long legitTarget = (long) cfg.accounts() - plan.members();

        try (SortedEventWriter events = new SortedEventWriter(outDir.resolve(EVENTS_FILE), cfg.sortBufferEvents(),
                ids, progress);
             TruthWriter truth = new TruthWriter(outDir.resolve(TRUTH_FILE))) {
            UnitTracker tracker = new UnitTracker(events);
            Activity activity = new Activity(time, hubs, tracker);
            World world = new World(cfg, time, hubs, new People(cfg, ids, cards, hubs, time), activity, tracker);
            Households households = new Households(world);
            int nextRing = 0;
            long legitWritten = 0;
            int ringCount = plan.rings().size();
            while (legitWritten < legitTarget || nextRing < ringCount) {
                // A ring goes in once the households before its slot are written (or when only rings are left).
                boolean ringDue = nextRing < ringCount
                        && (plan.rings().get(nextRing).slot() <= legitWritten || legitWritten >= legitTarget);
                if (ringDue) {
                    RingPlan.Ring ring = plan.rings().get(nextRing++);
                    RingPlanter planter = RingPlanter.of(ring.typology());
                    List<Person> members = planter.plant(world, ringRng, ring.size());
                    String ringId = Ids.ring(ring.number());
                    for (Person p : members) {
                        truth.member(p.accountId, ringId, ring.typology());
                    }
                    labelRing(ring.typology(), members, tracker);
                    ringsByTypology.merge(ring.typology().label(), 1, Integer::sum);
                } else {
                    int size = (int) Math.min(Households.drawSize(householdRng), legitTarget - legitWritten);
                    List<Person> members = households.write(householdRng, size);
                    labelLegitimate(members, size, tracker);
                    legitWritten += size;
                }
                tracker.clear();
            }
            if (ids.accountsIssued() != cfg.accounts()) {
                throw new IllegalStateException("generated " + ids.accountsIssued() + " accounts, expected "
                        + cfg.accounts());
            }
            events.finish();
            labels.write(outDir.resolve(LABELS_FILE));
            return new DemoSummary(cfg.accounts(), events.accepted(), ringsByTypology, truth.rows(), labels.fraud(),
                    labels.legit(), wrongFraudLabels);
        }
    }

    /**
     * Some rings are never discovered; in the others a share of members is labelled {@code fraud} some days after
     * their last activity, by chargeback for payment-driven typologies, else mostly by an investigator.
     */
    private void labelRing(Typology typology, List<Person> members, UnitTracker tracker) {
        Rng rng = labelRng;
        if (rng.chance(cfg.unlabelledRingShare()) || cfg.labelledFraction() == 0) {
            return;
        }
        boolean[] labelled = new boolean[members.size()];
        boolean any = false;
        for (int i = 0; i < labelled.length; i++) {
            labelled[i] = rng.chance(cfg.labelledFraction());
            any |= labelled[i];
        }
        if (!any) {
            labelled[rng.nextInt(labelled.length)] = true;
        }
        boolean payments = typology == Typology.CARD_TESTING || typology == Typology.BUST_OUT
                || typology == Typology.ACCOUNT_TAKEOVER;
        for (int i = 0; i < labelled.length; i++) {
            if (labelled[i]) {
                String account = members.get(i).accountId;
                String source = rng.chance(payments ? 0.7 : 0.3) ? LabelBook.CHARGEBACK : LabelBook.INVESTIGATOR;
                labels.add(account, LabelBook.FRAUD, labelTime(rng, tracker.lastTs(account), 45), source);
            }
        }
    }

    /**
     * A few legitimate accounts are confirmed {@code legit}, more often those that looked suspicious (large
     * households, shared cards, kiosk users: cleared after a review); a very few get a wrong {@code fraud} label
     * (a friendly-fraud chargeback or an investigator's mistake).
     */
    private void labelLegitimate(List<Person> members, int householdSize, UnitTracker tracker) {
        Rng rng = labelRng;
        for (Person p : members) {
            boolean lookedSuspicious = householdSize >= 5 || p.sharedCard != null || p.kiosk >= 0;
            long last = tracker.lastTs(p.accountId);
            if (rng.chance(cfg.legitLabelShare() * (lookedSuspicious ? 4 : 0.8))) {
                String source = lookedSuspicious || rng.chance(0.5) ? LabelBook.INVESTIGATOR : LabelBook.RULE;
                labels.add(p.accountId, LabelBook.LEGIT, labelTime(rng, last, 30), source);
            } else if (rng.chance(cfg.wrongFraudLabelShare())) {
                String source = rng.chance(0.7) ? LabelBook.CHARGEBACK : LabelBook.INVESTIGATOR;
                labels.add(p.accountId, LabelBook.FRAUD, labelTime(rng, last, 45), source);
                wrongFraudLabels++;
            }
        }
    }

    /**
     * A day to {@code maxDays} after the last activity; known by the end of the window at the latest, so for late
     * activity the delay is drawn again within what is left of the window.
     */
    private long labelTime(Rng rng, long lastActivity, int maxDays) {
        long t = lastActivity + rng.between(1, maxDays) * Timeline.DAY + rng.nextInt((int) Timeline.DAY);
        return t < time.end ? t : rng.within(lastActivity, time.end);
    }

    /** {@code DemoGenerator <out-dir> [accounts] [seed]}: for trying it out without the CLI. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: DemoGenerator <out-dir> [accounts (default 100000)] [seed (default 42)]");
            System.exit(2);
        }
        int accounts = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : DemoConfig.DEFAULT_ACCOUNTS;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        long started = System.nanoTime();
        DemoSummary summary = generate(DemoConfig.defaults(seed, accounts), Path.of(args[0]),
                n -> System.err.printf("\r%,d events", n));
        System.err.println();
        System.out.printf("%s in %.1f s%n", summary, (System.nanoTime() - started) / 1e9);
    }
}
