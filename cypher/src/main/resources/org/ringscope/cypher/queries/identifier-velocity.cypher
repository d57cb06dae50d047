// name: identifier-velocity
// description: Identifiers that gained the most new accounts in a time window (links first seen from since, before until).
// params: since (datetime), until (datetime), minNew (int, default 2), limit (int, default 50)
// read-only: true
MATCH (a:Account)-[r:USES_DEVICE|HAS_EMAIL|HAS_PHONE|USES_CARD|USES_IP|IN_IP_PREFIX|LIVES_AT]->(i)
// compare instants: Neo4j orders equal instants stored with different offsets by offset, so a plain >= on two
// datetimes can drop a link that sits exactly on the bound
WHERE r.first_seen.epochMillis >= $since.epochMillis AND r.first_seen.epochMillis < $until.epochMillis
WITH i, count(DISTINCT a) AS newAccounts
WHERE newAccounts >= $minNew
OPTIONAL MATCH (acc:Account)-[:USES_DEVICE|HAS_EMAIL|HAS_PHONE|USES_CARD|USES_IP|IN_IP_PREFIX|LIVES_AT]->(i)
WITH i, newAccounts, count(DISTINCT acc) AS totalAccounts
RETURN labels(i)[0] AS kind, i.key AS key, newAccounts, totalAccounts
ORDER BY newAccounts DESC, kind, key
LIMIT $limit
