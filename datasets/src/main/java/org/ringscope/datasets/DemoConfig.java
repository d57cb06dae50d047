package org.ringscope.datasets;

import java.time.LocalDate;

/**
 * Everything that shapes a generated data set. Same configuration, same bytes. See datasets/README.md for what
 * each knob does and the distributions behind it.
 *
 * @param seed                  seed of every random draw
 * @param accounts              total accounts, legitimate and planted
 * @param days                  length of the time window
 * @param endDate               the window ends at midnight UTC at the start of this day
 * @param ringAccountShare      share of accounts that are planted ring members
 * @param minRingSize           smallest planted ring
 * @param maxRingSize           largest ordinary ring (sizes are log-uniform between the two)
 * @param largeRingShare        share of rings drawn larger than {@code maxRingSize}
 * @param largeRingMaxSize      largest of those
 * @param labelledFraction      share of members of a labelled ring that get a {@code fraud} label
 * @param unlabelledRingShare   share of rings none of whose members is labelled
 * @param legitLabelShare       share of legitimate accounts labelled {@code legit} (cleared by a review)
 * @param wrongFraudLabelShare  share of legitimate accounts wrongly labelled {@code fraud} (disputes, mistakes)
 * @param mobileShare           share of people whose phone goes online through a carrier (shared NAT IPs)
 * @param accountsPerCarrierIp  accounts per carrier NAT address: the hub IP density
 * @param sharedDeviceUserShare share of people who sometimes use a shared device (kiosk, shop tablet, library PC)
 * @param accountsPerSharedDevice accounts per shared device: the hub device density
 * @param sortBufferEvents      events held in memory before a sorted run is spilled to disk
 */
public record DemoConfig(long seed, int accounts, int days, LocalDate endDate,
                         double ringAccountShare, int minRingSize, int maxRingSize,
                         double largeRingShare, int largeRingMaxSize,
                         double labelledFraction, double unlabelledRingShare,
                         double legitLabelShare, double wrongFraudLabelShare,
                         double mobileShare, int accountsPerCarrierIp,
                         double sharedDeviceUserShare, int accountsPerSharedDevice,
                         int sortBufferEvents) {

    public static final int DEFAULT_ACCOUNTS = 100_000;
    public static final LocalDate DEFAULT_END_DATE = LocalDate.of(2026, 3, 1);
    /** Ten million accounts is the tested ceiling; more only needs more disk and time. */
    public static final int MAX_ACCOUNTS = 20_000_000;

    public DemoConfig {
        check(accounts >= 100 && accounts <= MAX_ACCOUNTS, "accounts must be 100 to " + MAX_ACCOUNTS);
        check(days >= 30 && days <= 3650, "days must be 30 to 3650");
        check(endDate != null, "endDate is required");
        share(ringAccountShare, "ringAccountShare");
        check(ringAccountShare <= 0.5, "ringAccountShare must be at most 0.5");
        check(minRingSize >= 2 && maxRingSize >= minRingSize, "ring sizes need 2 <= minRingSize <= maxRingSize");
        check(largeRingMaxSize >= maxRingSize, "largeRingMaxSize must be at least maxRingSize");
        share(largeRingShare, "largeRingShare");
        share(labelledFraction, "labelledFraction");
        share(unlabelledRingShare, "unlabelledRingShare");
        share(legitLabelShare, "legitLabelShare");
        share(wrongFraudLabelShare, "wrongFraudLabelShare");
        share(mobileShare, "mobileShare");
        share(sharedDeviceUserShare, "sharedDeviceUserShare");
        check(accountsPerCarrierIp >= 10, "accountsPerCarrierIp must be at least 10");
        check(accountsPerSharedDevice >= 10, "accountsPerSharedDevice must be at least 10");
        check(sortBufferEvents >= 1_000, "sortBufferEvents must be at least 1000");
    }

    /** The documented defaults: 2.5 % of accounts in rings of 5 to 30 (5 % of rings up to 80), 30 % labelled. */
    public static DemoConfig defaults(long seed, int accounts) {
        return new DemoConfig(seed, accounts, 180, DEFAULT_END_DATE,
                0.025, 5, 30, 0.05, 80,
                0.30, 0.25, 0.005, 0.0002,
                0.65, 1_000, 0.04, 1_500,
                1_000_000);
    }

    /** The same population settings drawn with another seed: a population nobody has looked at yet. */
    public DemoConfig withSeed(long otherSeed) {
        return new DemoConfig(otherSeed, accounts, days, endDate, ringAccountShare, minRingSize, maxRingSize,
                largeRingShare, largeRingMaxSize, labelledFraction, unlabelledRingShare, legitLabelShare,
                wrongFraudLabelShare, mobileShare, accountsPerCarrierIp, sharedDeviceUserShare,
                accountsPerSharedDevice, sortBufferEvents);
    }

    public DemoConfig withRingAccountShare(double share) {
        return new DemoConfig(seed, accounts, days, endDate, share, minRingSize, maxRingSize, largeRingShare,
                largeRingMaxSize, labelledFraction, unlabelledRingShare, legitLabelShare, wrongFraudLabelShare,
                mobileShare, accountsPerCarrierIp, sharedDeviceUserShare, accountsPerSharedDevice, sortBufferEvents);
    }

    public DemoConfig withLabelledFraction(double fraction) {
        return new DemoConfig(seed, accounts, days, endDate, ringAccountShare, minRingSize, maxRingSize, largeRingShare,
                largeRingMaxSize, fraction, unlabelledRingShare, legitLabelShare, wrongFraudLabelShare,
                mobileShare, accountsPerCarrierIp, sharedDeviceUserShare, accountsPerSharedDevice, sortBufferEvents);
    }

    public DemoConfig withSortBufferEvents(int events) {
        return new DemoConfig(seed, accounts, days, endDate, ringAccountShare, minRingSize, maxRingSize, largeRingShare,
                largeRingMaxSize, labelledFraction, unlabelledRingShare, legitLabelShare, wrongFraudLabelShare,
                mobileShare, accountsPerCarrierIp, sharedDeviceUserShare, accountsPerSharedDevice, events);
    }

    /** Hub density: fewer accounts per carrier IP or shared device means more, smaller hubs. */
    public DemoConfig withHubs(int accountsPerCarrierIp, int accountsPerSharedDevice) {
        return new DemoConfig(seed, accounts, days, endDate, ringAccountShare, minRingSize, maxRingSize,
                largeRingShare, largeRingMaxSize, labelledFraction, unlabelledRingShare, legitLabelShare,
                wrongFraudLabelShare, mobileShare, accountsPerCarrierIp, sharedDeviceUserShare,
                accountsPerSharedDevice, sortBufferEvents);
    }

    public DemoConfig withRingSizes(int min, int max, int largeMax) {
        return new DemoConfig(seed, accounts, days, endDate, ringAccountShare, min, max,
                largeRingShare, largeMax, labelledFraction, unlabelledRingShare, legitLabelShare,
                wrongFraudLabelShare, mobileShare, accountsPerCarrierIp, sharedDeviceUserShare,
                accountsPerSharedDevice, sortBufferEvents);
    }

    public DemoConfig withWindow(LocalDate end, int windowDays) {
        return new DemoConfig(seed, accounts, windowDays, end, ringAccountShare, minRingSize, maxRingSize,
                largeRingShare, largeRingMaxSize, labelledFraction, unlabelledRingShare, legitLabelShare,
                wrongFraudLabelShare, mobileShare, accountsPerCarrierIp, sharedDeviceUserShare,
                accountsPerSharedDevice, sortBufferEvents);
    }

    private static void share(double v, String name) {
        check(v >= 0 && v <= 1, name + " must be between 0 and 1");
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("demo data: " + message);
        }
    }
}
