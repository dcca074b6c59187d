// name: visits_abroad_by_title
// description: Visits abroad by holders of a title: visits where the person was not host and a host came from another country, newest first
// param: title: string            (part of a title, case-insensitive, e.g. minister)
// param: since: date = null       (earliest date, inclusive)
// param: limit: int = 200         (how many visits, newest first)
MATCH (p:Person)-[r:PARTICIPATED_IN]->(e:Event)<-[rh:PARTICIPATED_IN]-(h:Person)
WHERE e.kind = 'visit' AND rh.role = 'host' AND coalesce(r.role, '') <> 'host'
  AND p.country IS NOT NULL AND h.country IS NOT NULL AND h.country <> p.country
  AND any(t IN coalesce(p.titles, []) WHERE toLower(t) CONTAINS toLower($title))
  AND ($since IS NULL OR (e.date IS NOT NULL AND e.date >= substring($since, 0, size(e.date))))
OPTIONAL MATCH (e)-[:HELD_IN]->(pl:Place)
RETURN e.date AS date, e.id AS event, p.id AS person, p.name AS name, p.country AS country,
       collect(DISTINCT h.country)[0] AS host_country, pl.name AS place
ORDER BY coalesce(date, '') DESC, event, person
LIMIT $limit
