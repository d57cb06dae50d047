package org.ringscope.core;

import java.util.Map;

/**
 * One input row as it arrives (CSV row, JSON line or HTTP body), before validation: an identity event or a label.
 * The constants name the event columns; identifier columns come from the configured kinds.
 *
 * @param line   1-based line number in its source (0 when it did not come from a file)
 * @param fields every column as given, by lower-case column name; blanks mean absent
 */
public record RawRecord(long line, Map<String, String> fields) {
    public static final String EVENT_ID = "event_id";
    public static final String TS = "ts";
    public static final String ACCOUNT_ID = "account_id";
    public static final String TYPE = "type";

    public String get(String column) {
        String v = fields.get(column);
        return v == null || v.isBlank() ? null : v;
    }
}
