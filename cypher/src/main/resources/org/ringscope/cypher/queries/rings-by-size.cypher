// name: rings-by-size
// description: Detected rings, largest first, with their member count and how many members are labelled fraud.
// params: minSize (int, default 2), limit (int, default 50)
// read-only: true
MATCH (r:Ring)
WHERE r.size >= $minSize
OPTIONAL MATCH (m:Account)-[:MEMBER_OF]->(r)
WITH r, count(DISTINCT m) AS members,
     count(DISTINCT CASE WHEN m.label = 'fraud' THEN m END) AS fraudMembers
RETURN r.id AS ringId, r.size AS size, members, fraudMembers,
       r.method AS method, r.detected_at AS detectedAt
ORDER BY size DESC, fraudMembers DESC, ringId
LIMIT $limit
