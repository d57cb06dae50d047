package org.ringscope.core;

/** Every configuration key, with its environment variable, default and meaning (printed by {@code ringscope config}). */
public enum Setting {
    MODE("ringscope.mode", "demo", "demo (built-in key, embedded store allowed to be wiped) or production"),
    HASH_KEY("ringscope.hash-key", "", "HMAC key for pseudonymising identifiers; required outside demo mode"),
    NEO4J_URI("ringscope.neo4j.uri", "", "bolt:// or neo4j:// URI of an external Neo4j; empty = embedded"),
    NEO4J_USER("ringscope.neo4j.user", "neo4j", "user for the external Neo4j"),
    NEO4J_PASSWORD("ringscope.neo4j.password", "", "password for the external Neo4j"),
    NEO4J_DATABASE("ringscope.neo4j.database", "neo4j", "database name"),
    DATA_DIR("ringscope.data-dir", "data", "folder of the embedded Neo4j store, dead-letter files and outputs"),
    PAGE_CACHE("ringscope.neo4j.page-cache", "1g", "page cache of the embedded Neo4j"),
    BATCH_SIZE("ringscope.ingest.batch-size", "10000", "events per write transaction"),
    INGEST_WRITERS("ringscope.ingest.writers", "2", "write transactions a file ingest runs at once, on batches that share no account (1: one at a time)"),
    PHONE_REGION("ringscope.phone.default-region", "US", "region assumed for phone numbers without a country code"),
    HUB_DEGREE("ringscope.rings.hub-degree", "50", "identifiers shared by more accounts than this are hubs and link nobody"),
    MIN_RING_SIZE("ringscope.rings.min-size", "5", "smallest group of linked accounts reported as a ring"),
    MAX_RING_SIZE("ringscope.rings.max-size", "100", "groups larger than this are split into Leiden communities"),
    LINK_THRESHOLD("ringscope.rings.link-threshold", "0.8", "evidence two accounts need to be linked directly (a phone shared by two strangers: 1.0)"),
    HOUSEHOLD_DISCOUNT("ringscope.rings.household-discount", "0.3", "evidence factor for accounts that share an address (a home explains shared tablets, IPs and cards)"),
    COHERENCE_DAYS("ringscope.rings.coherence-days", "7", "links two accounts formed within about this many days count up to double"),
    OWN_SHARE("ringscope.rings.own-share", "0.5", "an identifier used mostly (this share) by one ring's core members draws in its other users"),
    AWAY_KINDS("ringscope.rings.away-kinds", "device,email,phone", "kinds whose sharing counts extra between accounts that share no address and no IP: a device, e-mail or phone used away from home"),
    AWAY_FACTOR("ringscope.rings.away-factor", "4", "evidence factor for accounts that share an away kind but no address and no IP"),
    AWAY_MIN_SIZE("ringscope.rings.away-min-size", "2", "smallest ring when two of its accounts share an away kind but no address and no IP (else min-size applies)"),
    ADOPTION_KINDS("ringscope.rings.adoption-kinds", "address,ip,card", "kinds an account can adopt from a ring member and join the ring: a drop address, a recruiter's home network, a card passed on (empty: off)"),
    ADOPTION_MAX_DEGREE("ringscope.rings.adoption-max-degree", "3", "an adopted identifier has at most this many users (a home, not a venue)"),
    ADOPTION_DELAY_DAYS("ringscope.rings.adoption-delay-days", "1", "an account adopts an identifier when its link to it formed at least this many days after its own first activity"),
    GNN_REGISTRY("ringscope.gnn.registry", "", "folder of trained GNN models (ringscope train); empty = <data-dir>/models"),
    GNN_MODEL("ringscope.gnn.model", "latest", "GNN model version the API serves: a version from the registry, latest, or none (roll back by naming an older version)");

    private final String key;
    private final String defaultValue;
    private final String meaning;

    Setting(String key, String defaultValue, String meaning) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.meaning = meaning;
    }

    public String key() {
        return key;
    }

    /** {@code ringscope.neo4j.page-cache} is read from {@code RINGSCOPE_NEO4J_PAGE_CACHE}. */
    public String environmentVariable() {
        return key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String meaning() {
        return meaning;
    }
}
