package org.ringscope.datasets;

/** Where generated events go. */
interface EventSink {
    void accept(Event event);
}
