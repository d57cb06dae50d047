// Hand-made fixture for the saved-query tests. Keys are readable stand-ins for the keyed hashes real data carries.
//
// Shape:
//   ring-1   acc-01..acc-05 share phone-ring and dev-ring; acc-01 and acc-02 are labelled fraud.
//            dev-ring links all appear within 4 hours on 2024-03-10 (a burst); phone-ring links are spread out
//            and two of them are stored with non-UTC offsets, on either side of 2024-04-01T00:00Z.
//   ip-hub   acc-06..acc-15 share one IP (a hub), first seen every ~15 days from 2024-01-05; acc-10's link sits
//            exactly on 2024-03-01T00:00Z.
//   ring-2   acc-10, acc-11 also share card-pair.   ring-3   acc-12..acc-14 share email-shared (within 22 hours),
//            plus acc-21, which shares nothing with them.
//   cards    card-fraud: acc-01 (fraud), acc-16, acc-17.  card-x: acc-02 (fraud), acc-18, exactly 24 h apart,
//            the first stored at +01:00 and the second in UTC.
//   household acc-19, acc-20 share phone-2 (12 h apart) and addr-shared (months apart).
//   labels   acc-01 legit then fraud; acc-02 fraud twice (rule-engine, manual-review); acc-16 fraud by the rule
//            engine then cleared; acc-21 legit, otherwise isolated.

UNWIND [
  {id: 'acc-01', fs: '2024-02-01T00:00:00Z'}, {id: 'acc-02', fs: '2024-02-10T09:00:00Z'},
  {id: 'acc-03', fs: '2024-03-10T03:00:00Z'}, {id: 'acc-04', fs: '2024-03-10T04:00:00Z'},
  {id: 'acc-05', fs: '2024-03-10T05:00:00Z'}, {id: 'acc-06', fs: '2024-01-05T00:00:00Z'},
  {id: 'acc-07', fs: '2024-01-20T00:00:00Z'}, {id: 'acc-08', fs: '2024-02-05T00:00:00Z'},
  {id: 'acc-09', fs: '2024-02-20T00:00:00Z'}, {id: 'acc-10', fs: '2024-01-10T00:00:00Z'},
  {id: 'acc-11', fs: '2024-03-20T00:00:00Z'}, {id: 'acc-12', fs: '2024-03-15T10:00:00Z'},
  {id: 'acc-13', fs: '2024-03-15T20:00:00Z'}, {id: 'acc-14', fs: '2024-03-16T08:00:00Z'},
  {id: 'acc-15', fs: '2024-05-20T00:00:00Z'}, {id: 'acc-16', fs: '2024-03-25T00:00:00Z'},
  {id: 'acc-17', fs: '2024-05-01T00:00:00Z'}, {id: 'acc-18', fs: '2024-02-11T09:00:00Z'},
  {id: 'acc-19', fs: '2024-04-10T00:00:00Z'}, {id: 'acc-20', fs: '2024-04-10T12:00:00Z'},
  {id: 'acc-21', fs: '2024-05-01T00:00:00Z'}
] AS row
CREATE (:Account {id: row.id, first_seen: datetime(row.fs), last_seen: datetime('2024-06-30T00:00:00Z'), events: 5});

// Identifier links: one list per kind. at = first_seen of the link; last_seen is 30 days later.
UNWIND [
  {a: 'acc-01', k: 'dev-ring', at: '2024-03-10T01:00:00Z'}, {a: 'acc-02', k: 'dev-ring', at: '2024-03-10T02:00:00Z'},
  {a: 'acc-03', k: 'dev-ring', at: '2024-03-10T03:00:00Z'}, {a: 'acc-04', k: 'dev-ring', at: '2024-03-10T04:00:00Z'},
  {a: 'acc-05', k: 'dev-ring', at: '2024-03-10T05:00:00Z'}, {a: 'acc-21', k: 'dev-21', at: '2024-05-01T00:00:00Z'}
] AS row
MATCH (a:Account {id: row.a})
MERGE (i:Device {key: row.k})
CREATE (a)-[:USES_DEVICE {first_seen: datetime(row.at), last_seen: datetime(row.at) + duration('P30D'), events: 3}]->(i);

UNWIND [
  {a: 'acc-01', k: 'phone-ring', at: '2024-03-10T01:00:00Z'}, {a: 'acc-02', k: 'phone-ring', at: '2024-03-12T00:00:00Z'},
  {a: 'acc-03', k: 'phone-ring', at: '2024-03-14T00:00:00Z'},
  {a: 'acc-04', k: 'phone-ring', at: '2024-04-01T01:00:00+02:00'},
  {a: 'acc-05', k: 'phone-ring', at: '2024-03-31T23:30:00-02:00'},
  {a: 'acc-19', k: 'phone-2', at: '2024-04-10T00:00:00Z'}, {a: 'acc-20', k: 'phone-2', at: '2024-04-10T12:00:00Z'}
] AS row
MATCH (a:Account {id: row.a})
MERGE (i:Phone {key: row.k})
CREATE (a)-[:HAS_PHONE {first_seen: datetime(row.at), last_seen: datetime(row.at) + duration('P30D'), events: 2}]->(i);

UNWIND [
  {a: 'acc-01', k: 'email-01', at: '2024-02-01T00:00:00Z'}, {a: 'acc-02', k: 'email-02', at: '2024-02-10T09:00:00Z'},
  {a: 'acc-03', k: 'email-03', at: '2024-03-10T03:00:00Z'}, {a: 'acc-04', k: 'email-04', at: '2024-03-10T04:00:00Z'},
  {a: 'acc-05', k: 'email-05', at: '2024-03-10T05:00:00Z'}, {a: 'acc-06', k: 'email-06', at: '2024-01-05T00:00:00Z'},
  {a: 'acc-07', k: 'email-07', at: '2024-01-20T00:00:00Z'}, {a: 'acc-08', k: 'email-08', at: '2024-02-05T00:00:00Z'},
  {a: 'acc-09', k: 'email-09', at: '2024-02-20T00:00:00Z'}, {a: 'acc-10', k: 'email-10', at: '2024-01-10T00:00:00Z'},
  {a: 'acc-11', k: 'email-11', at: '2024-03-20T00:00:00Z'},
  {a: 'acc-12', k: 'email-shared', at: '2024-03-15T10:00:00Z'},
  {a: 'acc-13', k: 'email-shared', at: '2024-03-15T20:00:00Z'},
  {a: 'acc-14', k: 'email-shared', at: '2024-03-16T08:00:00Z'},
  {a: 'acc-15', k: 'email-15', at: '2024-05-20T00:00:00Z'}, {a: 'acc-16', k: 'email-16', at: '2024-03-25T00:00:00Z'},
  {a: 'acc-17', k: 'email-17', at: '2024-05-01T00:00:00Z'}, {a: 'acc-18', k: 'email-18', at: '2024-02-11T09:00:00Z'},
  {a: 'acc-19', k: 'email-19', at: '2024-04-10T00:00:00Z'}, {a: 'acc-20', k: 'email-20', at: '2024-04-10T12:00:00Z'},
  {a: 'acc-21', k: 'email-21', at: '2024-05-01T00:00:00Z'}
] AS row
MATCH (a:Account {id: row.a})
MERGE (i:Email {key: row.k})
CREATE (a)-[:HAS_EMAIL {first_seen: datetime(row.at), last_seen: datetime(row.at) + duration('P30D'), events: 4}]->(i);

UNWIND [
  {a: 'acc-01', k: 'card-fraud', at: '2024-02-01T00:00:00Z'}, {a: 'acc-16', k: 'card-fraud', at: '2024-03-25T00:00:00Z'},
  {a: 'acc-17', k: 'card-fraud', at: '2024-05-01T00:00:00Z'},
  {a: 'acc-02', k: 'card-x', at: '2024-02-10T10:00:00+01:00'}, {a: 'acc-18', k: 'card-x', at: '2024-02-11T09:00:00Z'},
  {a: 'acc-10', k: 'card-pair', at: '2024-01-10T00:00:00Z'}, {a: 'acc-11', k: 'card-pair', at: '2024-06-01T00:00:00Z'}
] AS row
MATCH (a:Account {id: row.a})
MERGE (i:Card {key: row.k})
CREATE (a)-[:USES_CARD {first_seen: datetime(row.at), last_seen: datetime(row.at) + duration('P30D'), events: 1}]->(i);

UNWIND [
  {a: 'acc-06', k: 'ip-hub', at: '2024-01-05T00:00:00Z'}, {a: 'acc-07', k: 'ip-hub', at: '2024-01-20T00:00:00Z'},
  {a: 'acc-08', k: 'ip-hub', at: '2024-02-05T00:00:00Z'}, {a: 'acc-09', k: 'ip-hub', at: '2024-02-20T00:00:00Z'},
  {a: 'acc-10', k: 'ip-hub', at: '2024-03-01T00:00:00Z'}, {a: 'acc-11', k: 'ip-hub', at: '2024-03-20T00:00:00Z'},
  {a: 'acc-12', k: 'ip-hub', at: '2024-04-05T00:00:00Z'}, {a: 'acc-13', k: 'ip-hub', at: '2024-04-20T00:00:00Z'},
  {a: 'acc-14', k: 'ip-hub', at: '2024-05-05T00:00:00Z'}, {a: 'acc-15', k: 'ip-hub', at: '2024-05-20T00:00:00Z'},
  {a: 'acc-16', k: 'ip-16', at: '2024-03-25T00:00:00Z'}
] AS row
MATCH (a:Account {id: row.a})
MERGE (i:IP {key: row.k})
CREATE (a)-[:USES_IP {first_seen: datetime(row.at), last_seen: datetime(row.at) + duration('P30D'), events: 6}]->(i);

UNWIND [
  {a: 'acc-06', k: 'prefix-1', at: '2024-01-05T00:00:00Z'}, {a: 'acc-07', k: 'prefix-1', at: '2024-01-20T00:00:00Z'}
] AS row
MATCH (a:Account {id: row.a})
MERGE (i:IPPrefix {key: row.k})
CREATE (a)-[:IN_IP_PREFIX {first_seen: datetime(row.at), last_seen: datetime(row.at) + duration('P30D'), events: 6}]->(i);

UNWIND [
  {a: 'acc-06', k: 'addr-06', at: '2024-01-05T00:00:00Z'},
  {a: 'acc-19', k: 'addr-shared', at: '2024-04-10T00:00:00Z'}, {a: 'acc-20', k: 'addr-shared', at: '2024-06-01T00:00:00Z'}
] AS row
MATCH (a:Account {id: row.a})
MERGE (i:Address {key: row.k})
CREATE (a)-[:LIVES_AT {first_seen: datetime(row.at), last_seen: datetime(row.at) + duration('P30D'), events: 1}]->(i);

// Label history, and each account's latest label copied onto the account.
UNWIND [
  {a: 'acc-01', id: 'lbl-01a', label: 'legit', source: 'kyc', at: '2024-02-01T00:00:00Z'},
  {a: 'acc-01', id: 'lbl-01b', label: 'fraud', source: 'chargeback', at: '2024-03-20T00:00:00Z'},
  {a: 'acc-02', id: 'lbl-02a', label: 'fraud', source: 'rule-engine', at: '2024-03-15T00:00:00Z'},
  {a: 'acc-02', id: 'lbl-02b', label: 'fraud', source: 'manual-review', at: '2024-03-22T00:00:00Z'},
  {a: 'acc-16', id: 'lbl-16a', label: 'fraud', source: 'rule-engine', at: '2024-04-01T00:00:00Z'},
  {a: 'acc-16', id: 'lbl-16b', label: 'legit', source: 'manual-review', at: '2024-04-05T00:00:00Z'},
  {a: 'acc-21', id: 'lbl-21a', label: 'legit', source: 'manual-review', at: '2024-05-02T00:00:00Z'}
] AS row
MATCH (a:Account {id: row.a})
CREATE (a)-[:HAS_LABEL]->(:Label {id: row.id, label: row.label, source: row.source, at: datetime(row.at)});

MATCH (a:Account)-[:HAS_LABEL]->(l:Label)
WITH a, l ORDER BY l.at DESC
WITH a, collect(l)[0] AS latest
SET a.label = latest.label, a.label_source = latest.source, a.label_at = latest.at;

UNWIND [
  {id: 'ring-1', size: 5, at: '2024-03-21T00:00:00Z', method: 'wcc', members: ['acc-01', 'acc-02', 'acc-03', 'acc-04', 'acc-05']},
  {id: 'ring-2', size: 2, at: '2024-06-02T00:00:00Z', method: 'leiden', members: ['acc-10', 'acc-11']},
  {id: 'ring-3', size: 4, at: '2024-03-17T00:00:00Z', method: 'leiden', members: ['acc-12', 'acc-13', 'acc-14', 'acc-21']}
] AS row
CREATE (r:Ring {id: row.id, size: row.size, detected_at: datetime(row.at), method: row.method})
WITH r, row
UNWIND row.members AS member
MATCH (a:Account {id: member})
CREATE (a)-[:MEMBER_OF]->(r);
