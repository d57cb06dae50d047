package org.ringscope.ingest;

/**
 * Why one input row was refused: where it is ({@code source}, {@code line}), which record ({@code recordId}, the
 * event id or account id when known) and which field, and what to do about it.
 */
public record RowError(String source, long line, String recordId, String field, String reason) {
    public String describe() {
        return source + ":" + line + (recordId == null ? "" : " (" + recordId + ")") + " field '" + field + "': " + reason;
    }
}
