// ringscope graph model: constraints and indexes. Applied at every start-up; each statement is idempotent.
//
// (:Account {id, first_seen, last_seen, events, event_keys, label, label_source, label_at})
//     id            the caller's account id, as given (internal ids are not PII and are not hashed)
//     first_seen    datetime of the earliest event of the account; last_seen the latest; events their count
//     event_keys    the ingest ledger: a 64-bit digest (SHA-256 prefix) of every event id the account absorbed,
//                   so re-runs are idempotent on event_id without a node per event
//     label...      the latest label (fraud | legit), its source and time; history lives in :Label nodes
// (:Account)-[:USES_DEVICE|HAS_EMAIL|HAS_PHONE|USES_CARD|USES_IP|IN_IP_PREFIX|LIVES_AT {first_seen, last_seen, events}]->
//     (:Device|Email|Phone|Card|IP|IPPrefix|Address {key})
//     one relationship type and one node label per identifier kind (configurable: see README "Identifier kinds");
//     key is the keyed hash (HMAC-SHA256, 128 bits, hex) of the normalised value: raw values are never stored.
//     first_seen / last_seen: when the link became known / was last seen; events: how many events carried it.
// (:Decision {id, target_kind, target, decision, reason, by, at, members})   investigators' decisions on rings and
//     accounts: append-only audit trail (never updated or deleted); each decision also labels the accounts it covers.
// (:IngestLock {id, batches})   one node every ingest transaction updates first: serialises concurrent loads.
// (:Account)-[:HAS_LABEL]->(:Label {id, label, source, at})   label history, for point-in-time features.
// (:Account)-[:MEMBER_OF]->(:Ring {id, size, detected_at, method, binding_kinds, binding_keys, binding_members,
//     risk, typology, fraud, legit, first_seen, last_seen, explanation, adopted})   written by `ringscope rings`;
//     adopted: the members that joined by taking up a member's address, home network or card later on.

CREATE CONSTRAINT account_id IF NOT EXISTS FOR (a:Account) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT ingest_lock_id IF NOT EXISTS FOR (l:IngestLock) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT label_id IF NOT EXISTS FOR (l:Label) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT ring_id IF NOT EXISTS FOR (r:Ring) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (d:Decision) REQUIRE d.id IS UNIQUE;
CREATE INDEX account_label IF NOT EXISTS FOR (a:Account) ON (a.label);
CREATE INDEX ring_size IF NOT EXISTS FOR (r:Ring) ON (r.size);

// @per-kind: the statements below are applied once for every configured identifier kind,
// with {name} replaced by the kind's name and {Label} by its node label.
CREATE CONSTRAINT {name}_key IF NOT EXISTS FOR (i:{Label}) REQUIRE i.key IS UNIQUE;
