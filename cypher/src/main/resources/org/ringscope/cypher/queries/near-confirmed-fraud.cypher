// name: near-confirmed-fraud
// description: Accounts not labelled fraud that share an identifier with a fraud-labelled account (2 hops), with the path count.
// params: limit (int, default 100)
// read-only: true
MATCH (f:Account {label: 'fraud'})-[:USES_DEVICE|HAS_EMAIL|HAS_PHONE|USES_CARD|USES_IP|IN_IP_PREFIX|LIVES_AT]->(i)<-[:USES_DEVICE|HAS_EMAIL|HAS_PHONE|USES_CARD|USES_IP|IN_IP_PREFIX|LIVES_AT]-(a:Account)
// an unlabelled account has no label property: coalesce keeps it in
WHERE a <> f AND coalesce(a.label, '') <> 'fraud'
WITH a, f, i
ORDER BY labels(i)[0]
WITH a, count(*) AS paths, count(DISTINCT f) AS fraudAccounts, collect(DISTINCT labels(i)[0]) AS kinds
RETURN a.id AS accountId, a.label AS label, paths, fraudAccounts, kinds
ORDER BY paths DESC, fraudAccounts DESC, accountId
LIMIT $limit
