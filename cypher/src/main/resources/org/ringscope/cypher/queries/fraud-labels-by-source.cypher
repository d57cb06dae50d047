// name: fraud-labels-by-source
// description: Fraud labels in the label history per source, with the accounts they hit and how many are still labelled fraud.
// params: limit (int, default 50)
// read-only: true
MATCH (a:Account)-[:HAS_LABEL]->(l:Label {label: 'fraud'})
WITH l.source AS source, count(l) AS fraudLabels, collect(DISTINCT a) AS labelled,
     min(l.at) AS firstAt, max(l.at) AS lastAt
RETURN source, fraudLabels, size(labelled) AS accounts,
       size([x IN labelled WHERE x.label = 'fraud']) AS stillFraud, firstAt, lastAt
ORDER BY fraudLabels DESC, source
LIMIT $limit
