package org.ringscope.datasets;

/** What households and ring planters draw on: the clock, the shared hubs, the people factory, the event stream. */
record World(DemoConfig config, Timeline time, Hubs hubs, People people, Activity activity, EventSink sink) {

    /** A sign-up time for an ordinary account: any time in the first 85 % of the window. */
    long ordinarySignup(Rng rng) {
        return time.humanTime(rng, time.start, time.at(0.85));
    }

    /** A single person living alone: own address, usually own broadband. */
    Person personAlone(Rng rng, long signupTs) {
        return people.newPerson(rng, null, people.newAddress(rng), rng.chance(0.9) ? Ips.random(rng) : null, signupTs);
    }

    /**
     * A made-up identity: an address of its own, nothing shared with anybody yet, and for half of them a
     * residential proxy that passes for a home network.
     */
    Person fabricated(Rng rng, long signupTs) {
        return people.newPerson(rng, null, people.newAddress(rng), rng.chance(0.5) ? Ips.random(rng) : null, signupTs);
    }
}
