package org.ringscope.ingest;

import org.ringscope.core.CardNumbers;
import org.ringscope.core.Identifier;
import org.ringscope.core.IdentifierKind;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.core.IdentityEvent;
import org.ringscope.core.InvalidValueException;
import org.ringscope.core.Normaliser;
import org.ringscope.core.Normalisers;
import org.ringscope.core.Pseudonymiser;
import org.ringscope.core.RawRecord;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a raw event into a stored one: required fields checked, every identifier normalised and
 * pseudonymised, and the whole row refused if any field but the ids and time holds a full card number.
 * Raw values never leave this class: errors name the field, not its value.
 */
public final class EventPreparer implements FileIngestor.Preparer<IdentityEvent> {
    /** Fields exempt from the card-number check: internal ids are often Luhn-valid digit strings. */
    private static final Set<String> ID_FIELDS = Set.of(RawRecord.EVENT_ID, RawRecord.ACCOUNT_ID, RawRecord.TS);
    private static final int MAX_ID_LENGTH = 200;

    private final IdentifierKinds kinds;
    private final Pseudonymiser pseudonymiser;
    private final Normaliser[] normalisers;
    private final Set<String> phoneColumns = new LinkedHashSet<>();

    /** The preparer the settings describe: their kinds, phone region and pseudonymisation key. */
    public static EventPreparer from(org.ringscope.core.Settings settings) {
        return new EventPreparer(settings.kinds(), new Normalisers(settings.get(org.ringscope.core.Setting.PHONE_REGION)),
                new Pseudonymiser(settings.hashKey()));
    }

    public EventPreparer(IdentifierKinds kinds, Normalisers normalisers, Pseudonymiser pseudonymiser) {
        this.kinds = kinds;
        this.pseudonymiser = pseudonymiser;
        this.normalisers = new Normaliser[kinds.size()];
        for (int i = 0; i < kinds.size(); i++) {
            IdentifierKind kind = kinds.all().get(i);
            this.normalisers[i] = normalisers.byName(kind.normaliser());
            if (kind.normaliser().equals("phone")) {
                phoneColumns.add(kind.column());
            }
        }
    }

    @Override
    public String idOf(IdentityEvent event) {
        return event.eventId();
    }

    /** An account's events are written together: its account and links are then created once, not updated. */
    @Override
    public String groupOf(IdentityEvent event) {
        return event.accountId();
    }

    @Override
    public IdentityEvent prepare(RawRecord raw) throws RowRefusedException {
        String eventId = required(raw, RawRecord.EVENT_ID);
        String accountId = required(raw, RawRecord.ACCOUNT_ID);
        checkId(RawRecord.EVENT_ID, eventId);
        checkId(RawRecord.ACCOUNT_ID, accountId);
        long ts = Timestamps.parse(RawRecord.TS, required(raw, RawRecord.TS));
        String type = required(raw, RawRecord.TYPE);
        refuseCardNumbers(raw.fields());
        List<Identifier> identifiers = new ArrayList<>(kinds.size());
        for (int i = 0; i < kinds.size(); i++) {
            IdentifierKind kind = kinds.all().get(i);
            String value = raw.get(kind.column());
            if (value == null) {
                continue;
            }
            try {
                String normalised = normalisers[i].normalise(value);
                identifiers.add(new Identifier(kind, pseudonymiser.pseudonym(kind.name(), normalised)));
            } catch (InvalidValueException e) {
                throw new RowRefusedException(kind.column(), e.getMessage());
            }
        }
        return new IdentityEvent(eventId, ts, accountId, type.strip(), identifiers);
    }

    private void refuseCardNumbers(Map<String, String> fields) throws RowRefusedException {
        // A phone written with its country prefix may be 13+ digits and pass Luhn by chance; it is a phone.
        refuseCardNumbers(fields, (name, value) -> ID_FIELDS.contains(name)
                || phoneColumns.contains(name) && (value.strip().startsWith("+") || value.strip().startsWith("00")));
    }

    /** Refuses the row if any field not {@code exempt} holds a full card number. */
    static void refuseCardNumbers(Map<String, String> fields, java.util.function.BiPredicate<String, String> exempt)
            throws RowRefusedException {
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String name = field.getKey();
            String value = field.getValue();
            if (value != null && !exempt.test(name, value) && CardNumbers.containsCardNumber(value)) {
                throw new RowRefusedException(name, "holds what looks like a full card number (13-19 digits passing"
                        + " the Luhn check); send a card token or BIN+last4 instead. The row was not stored");
            }
        }
    }

    static String required(RawRecord raw, String field) throws RowRefusedException {
        String v = raw.get(field);
        if (v == null) {
            throw new RowRefusedException(field, "is missing or blank; it is required");
        }
        return v.strip();
    }

    static void checkId(String field, String value) throws RowRefusedException {
        if (value.length() > MAX_ID_LENGTH) {
            throw new RowRefusedException(field, "is longer than " + MAX_ID_LENGTH + " characters");
        }
    }
}
