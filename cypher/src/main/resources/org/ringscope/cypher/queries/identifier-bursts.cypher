// name: identifier-bursts
// description: Identifiers first seen with many accounts inside a short window (bursts), among links first seen from since, before until.
// params: since (datetime), until (datetime), windowHours (int, default 24), minAccounts (int, default 3), limit (int, default 50)
// read-only: true
MATCH (a:Account)-[r:USES_DEVICE|HAS_EMAIL|HAS_PHONE|USES_CARD|USES_IP|IN_IP_PREFIX|LIVES_AT]->(i)
WHERE r.first_seen.epochMillis >= $since.epochMillis AND r.first_seen.epochMillis < $until.epochMillis
// instants as epoch milliseconds, so that offsets cannot bend the window bounds
WITH i, a, min(r.first_seen.epochMillis) AS t
ORDER BY t
WITH i, collect(t) AS times
WHERE size(times) >= $minAccounts
// every first sighting opens a candidate window [start, start + windowHours); the fullest one wins
UNWIND times AS start
WITH i, start, [t IN times WHERE t >= start AND t < start + $windowHours * 3600000] AS inWindow
ORDER BY size(inWindow) DESC, start
WITH i, collect({start: start, accounts: size(inWindow), last: inWindow[-1]})[0] AS best
WHERE best.accounts >= $minAccounts
RETURN labels(i)[0] AS kind, i.key AS key, best.accounts AS accounts,
       datetime({epochMillis: best.start}) AS windowStart, datetime({epochMillis: best.last}) AS lastInWindow
ORDER BY accounts DESC, kind, key
LIMIT $limit
