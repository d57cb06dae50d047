// name: accounts-sharing-identifiers
// description: Accounts that share at least one identifier with a given account, with how many and of which kinds.
// params: accountId (string), limit (int, default 50)
// read-only: true
MATCH (a:Account {id: $accountId})-[:USES_DEVICE|HAS_EMAIL|HAS_PHONE|USES_CARD|USES_IP|IN_IP_PREFIX|LIVES_AT]->(i)<-[:USES_DEVICE|HAS_EMAIL|HAS_PHONE|USES_CARD|USES_IP|IN_IP_PREFIX|LIVES_AT]-(other:Account)
WHERE other <> a
WITH DISTINCT other, i
ORDER BY labels(i)[0]
WITH other, count(i) AS sharedIdentifiers, collect(DISTINCT labels(i)[0]) AS kinds
RETURN other.id AS accountId, other.label AS label, sharedIdentifiers, kinds
ORDER BY sharedIdentifiers DESC, accountId
LIMIT $limit
