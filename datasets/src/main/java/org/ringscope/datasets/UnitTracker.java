package org.ringscope.datasets;

import java.util.HashMap;
import java.util.Map;

/**
 * Passes events on and remembers each account's last event time within the current unit (a household or a ring),
 * which is what a label's time is based on. Cleared after every unit, so it never grows with the data.
 */
final class UnitTracker implements EventSink {
    private final EventSink next;
    private final Map<String, Long> lastTs = new HashMap<>();

    UnitTracker(EventSink next) {
        this.next = next;
    }

    @Override
    public void accept(Event event) {
        lastTs.merge(event.accountId(), event.ts(), Math::max);
        next.accept(event);
    }

    long lastTs(String accountId) {
        Long t = lastTs.get(accountId);
        if (t == null) {
            throw new IllegalStateException("no events were written for account " + accountId);
        }
        return t;
    }

    void clear() {
        lastTs.clear();
    }
}
