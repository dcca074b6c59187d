// name: first_last_contact
// description: First and last recorded contact between two actors, and how many events they shared
// param: a: string                (actor id)
// param: b: string                (actor id)
CALL {
  MATCH (x:Person) WHERE x.id = $a RETURN x
  UNION MATCH (x:Organization) WHERE x.id = $a RETURN x
  UNION MATCH (x:Country) WHERE x.id = $a RETURN x
}
WITH x
MATCH (x)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y)
WHERE y.id = $b
RETURN count(DISTINCT e) AS events, min(e.date) AS first_contact, max(e.date) AS last_contact
