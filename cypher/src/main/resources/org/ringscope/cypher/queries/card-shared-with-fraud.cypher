// name: card-shared-with-fraud
// description: Accounts not labelled fraud that use a card also used by a fraud-labelled account.
// params: limit (int, default 100)
// read-only: true
MATCH (f:Account {label: 'fraud'})-[:USES_CARD]->(c:Card)<-[r:USES_CARD]-(a:Account)
WHERE a <> f AND coalesce(a.label, '') <> 'fraud'
WITH a, c, r, f
ORDER BY f.id
WITH a, c, r, collect(DISTINCT f.id) AS fraudAccounts
RETURN a.id AS accountId, a.label AS label, c.key AS card, fraudAccounts, r.first_seen AS cardFirstSeen
ORDER BY size(fraudAccounts) DESC, accountId, card
LIMIT $limit
