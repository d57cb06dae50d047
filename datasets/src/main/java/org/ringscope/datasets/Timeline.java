package org.ringscope.datasets;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The generated time window, in epoch seconds: {@code days} days ending at midnight UTC of {@code endDate}.
 * Fixed by the configuration, never by the wall clock, so reruns give the same timestamps.
 */
final class Timeline {
    static final long MINUTE = 60;
    static final long HOUR = 3600;
    static final long DAY = 86_400;

    /**
     * Relative activity per UTC hour. Accounts are US-based: busy from mid-morning to late evening across the
     * time zones (about 14:00 to 05:00 UTC), quiet in the small hours (08:00 to 12:00 UTC).
     */
    private static final double[] HUMAN_HOURS = Rng.cumulative(
            6, 6, 5.5, 5, 4, 3, 2, 1.2, 0.8, 0.6, 0.6, 0.9,
            1.5, 2.5, 3.5, 4.5, 5, 5.5, 5.5, 5.5, 5.5, 6, 6, 6);

    final long start;
    final long end;

    Timeline(LocalDate endDate, int days) {
        this.end = endDate.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        this.start = end - days * DAY;
    }

    long span() {
        return end - start;
    }

    /** The instant a given share of the way through the window. */
    long at(double fraction) {
        return start + (long) (span() * fraction);
    }

    /**
     * A time in [from, to) that follows the daily rhythm of people: a day chosen uniformly, then an hour by
     * {@link #HUMAN_HOURS}. Falls back to uniform time when the range is shorter than a day.
     */
    long humanTime(Rng rng, long from, long to) {
        long lo = Math.max(from, start);
        long hi = Math.min(to, end);
        if (hi - lo < DAY) {
            return clamp(rng.within(lo, hi));
        }
        for (int attempt = 0; attempt < 4; attempt++) {
            long day = Math.floorDiv(rng.within(lo, hi), DAY) * DAY;
            long t = day + rng.weighted(HUMAN_HOURS) * HOUR + rng.nextInt((int) HOUR);
            if (t >= lo && t < hi) {
                return t;
            }
        }
        return rng.within(lo, hi);
    }

    /** Never later than the end of the window (the data is a snapshot taken then). */
    long clamp(long t) {
        return Math.min(Math.max(t, start), end - 1);
    }

    /** ISO-8601 UTC with second precision, e.g. {@code 2026-03-01T12:34:56Z}; hand-written because it runs per event. */
    static String iso(long epochSecond) {
        long day = Math.floorDiv(epochSecond, DAY);
        int secondOfDay = (int) Math.floorMod(epochSecond, DAY);
        LocalDate date = LocalDate.ofEpochDay(day);
        StringBuilder b = new StringBuilder(20);
        b.append(date.getYear()).append('-');
        two(b, date.getMonthValue()).append('-');
        two(b, date.getDayOfMonth()).append('T');
        two(b, secondOfDay / 3600).append(':');
        two(b, secondOfDay / 60 % 60).append(':');
        two(b, secondOfDay % 60).append('Z');
        return b.toString();
    }

    private static StringBuilder two(StringBuilder b, int v) {
        if (v < 10) {
            b.append('0');
        }
        return b.append(v);
    }
}
