// name: who_met_whom
// description: Who met whom: each pair of people at each event, with date and place, newest first
// param: since: date = null       (earliest date, inclusive)
// param: until: date = null       (latest date, inclusive)
MATCH (a:Person)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b:Person)
WHERE a.id < b.id
  AND ($since IS NULL OR (e.date IS NOT NULL AND e.date >= substring($since, 0, size(e.date))))
  AND ($until IS NULL OR (e.date IS NOT NULL AND e.date <= $until))
OPTIONAL MATCH (e)-[:HELD_IN]->(p:Place)
WITH e, p, a, b
ORDER BY coalesce(e.date, '') DESC, e.id, a.id, b.id
RETURN e.date AS date, a.name AS person_a, b.name AS person_b, e.kind AS kind, p.name AS place
