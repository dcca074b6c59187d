// name: common_contacts
// description: People who met both of two actors
// param: a: string                (actor id)
// param: b: string                (actor id)
// param: limit: int = 200         (how many people)
CALL {
  MATCH (x:Person) WHERE x.id = $a RETURN x
  UNION MATCH (x:Organization) WHERE x.id = $a RETURN x
  UNION MATCH (x:Country) WHERE x.id = $a RETURN x
}
WITH x
MATCH (x)-[:PARTICIPATED_IN]->(e1:Event)<-[:PARTICIPATED_IN]-(c:Person)
WHERE c.id <> $a AND c.id <> $b
WITH c, count(DISTINCT e1) AS events_with_a
MATCH (c)-[:PARTICIPATED_IN]->(e2:Event)<-[:PARTICIPATED_IN]-(y)
WHERE y.id = $b
RETURN c.id AS id, c.name AS name, c.country AS country,
       events_with_a, count(DISTINCT e2) AS events_with_b
ORDER BY id
LIMIT $limit
