// name: first_last_contact
// description: First and last recorded contact between two actors, and how many events they shared
// param: a: string                (actor id)
// param: b: string                (actor id)
MATCH (x)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y)
WHERE x.id = $a AND y.id = $b
RETURN count(DISTINCT e) AS events, min(e.date) AS first_contact, max(e.date) AS last_contact
