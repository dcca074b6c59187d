// name: actor_meetings
// description: All meetings of one actor with whom they met, newest first
// param: actor: string            (actor id)
// param: since: date = null       (earliest date, inclusive)
// param: until: date = null       (latest date, inclusive)
// param: limit: int = 500         (how many events, newest first)
CALL {
  MATCH (x:Person) WHERE x.id = $actor RETURN x
  UNION MATCH (x:Organization) WHERE x.id = $actor RETURN x
  UNION MATCH (x:Country) WHERE x.id = $actor RETURN x
}
WITH x
MATCH (x)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y)
WHERE y.id <> $actor
  AND ($since IS NULL OR (e.date IS NOT NULL AND e.date >= substring($since, 0, size(e.date))))
  AND ($until IS NULL OR (e.date IS NOT NULL AND e.date <= $until))
OPTIONAL MATCH (e)-[:HELD_IN]->(p:Place)
WITH e, p, y
ORDER BY y.id
RETURN e.id AS event, e.kind AS kind, e.date AS date, p.name AS place, collect(y.id) AS met
ORDER BY coalesce(date, '') DESC, event
LIMIT $limit
