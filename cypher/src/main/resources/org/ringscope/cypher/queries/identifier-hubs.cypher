// name: identifier-hubs
// description: For each identifier kind, the identifiers used by the most accounts (hub finder).
// params: minAccounts (int, default 2), perKind (int, default 10), limit (int, default 100)
// read-only: true
MATCH (a:Account)-[:USES_DEVICE|HAS_EMAIL|HAS_PHONE|USES_CARD|USES_IP|IN_IP_PREFIX|LIVES_AT]->(i)
WITH labels(i)[0] AS kind, i, count(DISTINCT a) AS accounts
WHERE accounts >= $minAccounts
ORDER BY kind, accounts DESC, i.key
WITH kind, collect({key: i.key, accounts: accounts})[0..$perKind] AS top
UNWIND range(0, size(top) - 1) AS n
RETURN kind, n + 1 AS rank, top[n].key AS key, top[n].accounts AS accounts
ORDER BY kind, rank
LIMIT $limit
