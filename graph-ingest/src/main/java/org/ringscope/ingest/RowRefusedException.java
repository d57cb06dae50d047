package org.ringscope.ingest;

/** Thrown by preparers for a row that must not be stored; carries the field and the reason. */
public final class RowRefusedException extends Exception {
    private final String field;

    public RowRefusedException(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
