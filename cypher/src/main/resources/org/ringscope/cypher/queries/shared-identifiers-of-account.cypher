// name: shared-identifiers-of-account
// description: Identifiers an account uses and how many other accounts share each, most shared first.
// params: accountId (string), limit (int, default 50)
// read-only: true
MATCH (a:Account {id: $accountId})-[r:USES_DEVICE|HAS_EMAIL|HAS_PHONE|USES_CARD|USES_IP|IN_IP_PREFIX|LIVES_AT]->(i)
OPTIONAL MATCH (other:Account)-[:USES_DEVICE|HAS_EMAIL|HAS_PHONE|USES_CARD|USES_IP|IN_IP_PREFIX|LIVES_AT]->(i)
  WHERE other <> a
WITH i, r, count(DISTINCT other) AS sharedWith
RETURN labels(i)[0] AS kind, i.key AS key, sharedWith,
       r.first_seen AS firstSeen, r.last_seen AS lastSeen, r.events AS events
ORDER BY sharedWith DESC, kind, key
LIMIT $limit
