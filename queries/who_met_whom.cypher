// name: who_met_whom
// description: Who met whom: each pair of people at each event, with date and place, newest first (the newest `limit` events, after `offset` of them)
// param: since: date = null       (earliest date, inclusive)
// param: until: date = null       (latest date, inclusive)
// param: limit: int = 100         (how many events, newest first)
// param: offset: int = 0          (events to skip, for the next page)
MATCH (e:Event)
WHERE ($since IS NULL OR (e.date IS NOT NULL AND e.date >= substring($since, 0, size(e.date))))
  AND ($until IS NULL OR (e.date IS NOT NULL AND e.date <= $until))
WITH e
ORDER BY coalesce(e.date, '') DESC, e.id
SKIP $offset LIMIT $limit
MATCH (a:Person)-[:PARTICIPATED_IN]->(e)<-[:PARTICIPATED_IN]-(b:Person)
WHERE a.id < b.id
OPTIONAL MATCH (e)-[:HELD_IN]->(p:Place)
WITH e, p, a, b
ORDER BY coalesce(e.date, '') DESC, e.id, a.id, b.id
RETURN e.date AS date, a.name AS person_a, b.name AS person_b, e.kind AS kind, p.name AS place
