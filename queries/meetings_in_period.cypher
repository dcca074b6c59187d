// name: meetings_in_period
// description: Who met whom in a period: each pair of people at each event, newest first (the newest `limit` events of the period, after `offset` of them)
// param: since: date              (earliest date, inclusive)
// param: until: date              (latest date, inclusive)
// param: kind: string = null      (event kind: meeting, visit, call, talks, summit, signing, ...)
// param: limit: int = 200         (how many events, newest first)
// param: offset: int = 0          (events to skip, for the next page)
MATCH (e:Event)
WHERE e.date IS NOT NULL AND e.date >= substring($since, 0, size(e.date)) AND e.date <= $until
  AND ($kind IS NULL OR e.kind = $kind)
WITH e
ORDER BY e.date DESC, e.id
SKIP $offset LIMIT $limit
MATCH (a:Person)-[:PARTICIPATED_IN]->(e)<-[:PARTICIPATED_IN]-(b:Person)
WHERE a.id < b.id
RETURN e.date AS date, e.id AS event, e.kind AS kind, a.id AS person_a, a.name AS name_a,
       b.id AS person_b, b.name AS name_b
ORDER BY date DESC, event, person_a, person_b
