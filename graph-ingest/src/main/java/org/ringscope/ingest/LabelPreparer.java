package org.ringscope.ingest;

import org.ringscope.core.LabelRecord;
import org.ringscope.core.RawRecord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Validates label rows: {@code account_id, label (fraud|legit), ts, source}. */
public final class LabelPreparer implements FileIngestor.Preparer<LabelRecord> {
    static final String LABEL = "label";
    static final String SOURCE = "source";
    private static final Pattern SOURCE_WORD = Pattern.compile("[a-z][a-z0-9_]{0,40}");
    private static final Set<String> ID_FIELDS = Set.of(RawRecord.ACCOUNT_ID, RawRecord.TS);

    @Override
    public LabelRecord prepare(RawRecord raw) throws RowRefusedException {
        String account = EventPreparer.required(raw, RawRecord.ACCOUNT_ID);
        EventPreparer.checkId(RawRecord.ACCOUNT_ID, account);
        String label = EventPreparer.required(raw, LABEL).toLowerCase(Locale.ROOT);
        if (!LabelRecord.LABELS.contains(label)) {
            throw new RowRefusedException(LABEL, "must be one of " + LabelRecord.LABELS);
        }
        long ts = Timestamps.parse(RawRecord.TS, EventPreparer.required(raw, RawRecord.TS));
        String source = EventPreparer.required(raw, SOURCE).toLowerCase(Locale.ROOT);
        if (!SOURCE_WORD.matcher(source).matches()) {
            throw new RowRefusedException(SOURCE, "must be one lower-case word such as investigator, chargeback or rule");
        }
        EventPreparer.refuseCardNumbers(raw.fields(), (name, value) -> ID_FIELDS.contains(name));
        return new LabelRecord(account, label, ts, source);
    }

    /** The same label from the same source at the same time is the same fact: re-sending it changes nothing. */
    @Override
    public String idOf(LabelRecord l) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (l.accountId() + '\u0000' + l.label() + '\u0000' + l.source() + '\u0000' + l.tsMillis())
                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
