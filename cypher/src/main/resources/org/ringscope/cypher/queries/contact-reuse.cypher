// name: contact-reuse
// description: E-mail addresses and phone numbers used by several accounts, most reused first.
// params: minAccounts (int, default 2), maxAccountIds (int, default 20), limit (int, default 50)
// read-only: true
MATCH (a:Account)-[:HAS_EMAIL|HAS_PHONE]->(i)
WHERE i:Email OR i:Phone
WITH i, a
ORDER BY a.id
WITH i, collect(DISTINCT a.id) AS ids
WHERE size(ids) >= $minAccounts
RETURN labels(i)[0] AS kind, i.key AS key, size(ids) AS accounts, ids[0..$maxAccountIds] AS accountIds
ORDER BY accounts DESC, kind, key
LIMIT $limit
