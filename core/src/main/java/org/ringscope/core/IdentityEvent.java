package org.ringscope.core;

import java.util.List;

/**
 * A validated, normalised and pseudonymised event: what the store receives. Holds no raw PII.
 *
 * @param tsMillis    event time, epoch milliseconds (UTC)
 * @param identifiers the identifiers the event links the account to (possibly none)
 */
public record IdentityEvent(String eventId, long tsMillis, String accountId, String type, List<Identifier> identifiers) {
}
