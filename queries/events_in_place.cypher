// name: events_in_place
// description: Events held in a city or venue (name contains the text, case-insensitive, or the place id), newest first
// param: place: string            (place name or part of it, or a place id)
// param: since: date = null       (earliest date, inclusive)
MATCH (e:Event)-[:HELD_IN]->(p:Place)
WHERE (p.id = $place OR toLower(p.name) CONTAINS toLower($place))
  AND ($since IS NULL OR (e.date IS NOT NULL AND e.date >= substring($since, 0, size(e.date))))
OPTIONAL MATCH (a)-[:PARTICIPATED_IN]->(e)
WITH e, p, a
ORDER BY a.id
RETURN e.id AS event, e.kind AS kind, e.date AS date, p.name AS place,
       collect(a.id) AS participants
ORDER BY coalesce(date, '') DESC, event
