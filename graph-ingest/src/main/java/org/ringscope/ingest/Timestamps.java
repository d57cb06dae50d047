package org.ringscope.ingest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** ISO-8601 date-times with a zone or offset ({@code 2026-03-01T12:00:00Z}, {@code ...+02:00}). */
final class Timestamps {
    private Timestamps() {
    }

    static long parse(String field, String value) throws RowRefusedException {
        try {
            return OffsetDateTime.parse(value).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new RowRefusedException(field, "is not an ISO-8601 date-time with a zone, e.g. 2026-03-01T12:00:00Z");
        }
    }
}
