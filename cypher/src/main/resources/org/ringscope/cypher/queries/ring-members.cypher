// name: ring-members
// description: Members of a ring, each with the identifiers that bind it to the ring (used by 2 or more members).
// params: ringId (string), limit (int, default 100)
// read-only: true
MATCH (r:Ring {id: $ringId})<-[:MEMBER_OF]-(m:Account)
OPTIONAL MATCH (m)-[:USES_DEVICE|HAS_EMAIL|HAS_PHONE|USES_CARD|USES_IP|IN_IP_PREFIX|LIVES_AT]->(i)<-[:USES_DEVICE|HAS_EMAIL|HAS_PHONE|USES_CARD|USES_IP|IN_IP_PREFIX|LIVES_AT]-(other:Account)-[:MEMBER_OF]->(r)
  WHERE other <> m
WITH m, i, count(DISTINCT other) + 1 AS membersUsing
ORDER BY membersUsing DESC, labels(i)[0], i.key
// i is null for a member that shares nothing with the others; collect() drops the nulls.
WITH m, collect(CASE WHEN i IS NOT NULL THEN {kind: labels(i)[0], key: i.key, members: membersUsing} END) AS binding
RETURN m.id AS accountId, m.label AS label, size(binding) AS bindingIdentifiers, binding
ORDER BY bindingIdentifiers DESC, accountId
LIMIT $limit
