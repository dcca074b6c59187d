// name: common_contacts
// description: People who met both of two actors
// param: a: string                (actor id)
// param: b: string                (actor id)
// param: limit: int = 200         (how many people)
MATCH (x)-[:PARTICIPATED_IN]->(e1:Event)<-[:PARTICIPATED_IN]-(c:Person)
WHERE x.id = $a AND c.id <> $a AND c.id <> $b
MATCH (c)-[:PARTICIPATED_IN]->(e2:Event)<-[:PARTICIPATED_IN]-(y)
WHERE y.id = $b
RETURN c.id AS id, c.name AS name, c.country AS country,
       count(DISTINCT e1) AS events_with_a, count(DISTINCT e2) AS events_with_b
ORDER BY id
LIMIT $limit
