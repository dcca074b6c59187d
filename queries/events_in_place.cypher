// name: events_in_place
// description: Events held in a city or venue (name contains the text, case-insensitive, or the place id), newest first
// param: place: string            (place name or part of it, or a place id)
// param: since: date = null       (earliest date, inclusive)
// param: limit: int = 200         (how many events, newest first)
MATCH (p:Place)
WHERE p.id = $place OR toLower(p.name) CONTAINS toLower($place)
WITH p
MATCH (e:Event)-[:HELD_IN]->(p)
WHERE $since IS NULL OR (e.date IS NOT NULL AND e.date >= substring($since, 0, size(e.date)))
WITH e, p
ORDER BY coalesce(e.date, '') DESC, e.id
LIMIT $limit
OPTIONAL MATCH (a)-[:PARTICIPATED_IN]->(e)
WITH e, p, a
ORDER BY a.id
RETURN e.id AS event, e.kind AS kind, e.date AS date, p.name AS place,
       collect(a.id) AS participants
ORDER BY coalesce(date, '') DESC, event
