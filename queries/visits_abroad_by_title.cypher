// name: visits_abroad_by_title
// description: Visits abroad by holders of a title: visits where the person was not host and a host came from another country, newest first
// param: title: string            (part of a title, case-insensitive, e.g. minister)
// param: since: date = null       (earliest date, inclusive)
// param: limit: int = 200         (how many visits, newest first)
// From the visits (the kind index) to their guests; the hosts are looked at per guest and
// the place only for the `limit` rows kept (docs/performance.md).
MATCH (e:Event) WHERE e.kind = 'visit'
  AND ($since IS NULL OR (e.date IS NOT NULL AND e.date >= substring($since, 0, size(e.date))))
MATCH (p:Person)-[r:PARTICIPATED_IN]->(e)
WHERE coalesce(r.role, '') <> 'host' AND p.country IS NOT NULL
  AND any(t IN coalesce(p.titles, []) WHERE toLower(t) CONTAINS toLower($title))
WITH e, p, [(h:Person)-[rh:PARTICIPATED_IN]->(e)
            WHERE rh.role = 'host' AND h.country IS NOT NULL AND h.country <> p.country
            | h.country] AS abroad
WHERE size(abroad) > 0
WITH e, p, abroad[0] AS host_country
ORDER BY coalesce(e.date, '') DESC, e.id, p.id
LIMIT $limit
OPTIONAL MATCH (e)-[:HELD_IN]->(pl:Place)
RETURN e.date AS date, e.id AS event, p.id AS person, p.name AS name, p.country AS country,
       host_country, pl.name AS place
ORDER BY coalesce(date, '') DESC, event, person
