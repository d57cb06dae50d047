// name: label-history
// description: The label history of an account, latest first, marking the label the account carries now.
// params: accountId (string), limit (int, default 50)
// read-only: true
MATCH (a:Account {id: $accountId})-[:HAS_LABEL]->(l:Label)
RETURN l.label AS label, l.source AS source, l.at AS at, l.id AS labelId,
       coalesce(l.label = a.label AND l.at = a.label_at, false) AS isCurrent
ORDER BY at DESC, labelId
LIMIT $limit
