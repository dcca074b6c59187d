// name: meetings_between
// description: Meetings between two actors, newest first
// param: a: string                (actor id)
// param: b: string                (actor id)
// param: since: date = null       (earliest date, inclusive)
// param: until: date = null       (latest date, inclusive)
// param: limit: int = 500         (how many events, newest first)
CALL {
  MATCH (x:Person) WHERE x.id = $a RETURN x
  UNION MATCH (x:Organization) WHERE x.id = $a RETURN x
  UNION MATCH (x:Country) WHERE x.id = $a RETURN x
}
WITH x
MATCH (x)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y)
WHERE y.id = $b
  AND ($since IS NULL OR (e.date IS NOT NULL AND e.date >= substring($since, 0, size(e.date))))
  AND ($until IS NULL OR (e.date IS NOT NULL AND e.date <= $until))
OPTIONAL MATCH (e)-[:HELD_IN]->(p:Place)
RETURN e.id AS event, e.kind AS kind, e.date AS date, p.name AS place, e.title AS title
ORDER BY coalesce(date, '') DESC, event
LIMIT $limit
