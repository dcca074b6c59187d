// name: co_signatories
// description: People who signed agreements together with one person, most shared agreements first
// param: actor: string            (person id)
// param: limit: int = 200         (how many people)
MATCH (x:Person) WHERE x.id = $actor
MATCH (x)-[:SIGNED]->(g:Agreement)<-[:SIGNED]-(y:Person)
WHERE y.id <> $actor
WITH y, g
ORDER BY g.id
RETURN y.id AS id, y.name AS name, y.country AS country, count(g) AS agreements,
       collect(g.id) AS agreement_ids
ORDER BY agreements DESC, id
LIMIT $limit
