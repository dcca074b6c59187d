// name: visits_abroad_by_title
// description: Visits abroad by holders of a title: visits where the person was not host and a host came from another country, newest first
// param: title: string            (part of a title, case-insensitive, e.g. minister)
// param: since: date = null       (earliest date, inclusive)
// param: limit: int = 200         (how many visits, newest first)
// Two plans for the same rows (docs/performance.md, "Saved queries at a million events"):
// a title held by few people (300 at most) is read from its holders to their visits; a
// common one from the visits, a year at a time newest first (the indexes on kind and
// date_key), until `limit` rows are found, then the undated visits. No ORDER BY between
// the walk and its LIMIT: the years come in order and each is sorted, and an ORDER BY
// there would read every year before the first row.
MATCH (p:Person)
WHERE p.country IS NOT NULL
  AND any(t IN coalesce(p.titles, []) WHERE toLower(t) CONTAINS toLower($title))
WITH collect(p) AS holders
CALL {
  WITH holders
  WITH holders WHERE size(holders) <= 300
  UNWIND holders AS p
  MATCH (p)-[r:PARTICIPATED_IN]->(e:Event)
  WHERE e.kind = 'visit' AND coalesce(r.role, '') <> 'host'
    AND ($since IS NULL OR (e.date IS NOT NULL AND e.date >= substring($since, 0, size(e.date))))
  MATCH (e)<-[rh:PARTICIPATED_IN]-(h:Person)
  WHERE rh.role = 'host' AND h.country IS NOT NULL AND h.country <> p.country
  WITH e, p, collect(DISTINCT h.country)[0] AS host_country
  ORDER BY coalesce(e.date, '') DESC, e.id, p.id
  LIMIT $limit
  RETURN e AS ev, p AS pe, host_country
  UNION ALL
  WITH holders
  WITH holders WHERE size(holders) > 300
  UNWIND [[21010000, 99999999]]
         + [y IN range(2100, coalesce(toInteger(substring($since, 0, 4)), 1000), -1)
            | [y * 10000, y * 10000 + 9999]]
         + CASE WHEN $since IS NULL THEN [[-99999999, 9999999]] ELSE [] END AS w
  WITH w[0] AS lo, w[1] AS hi
  CALL {
    WITH lo, hi
    MATCH (e:Event)
    WHERE e.date_key >= lo AND e.date_key <= hi AND e.kind = 'visit'
      AND ($since IS NULL OR e.date >= substring($since, 0, size(e.date)))
    MATCH (e)<-[rh:PARTICIPATED_IN]-(h:Person)
    WHERE rh.role = 'host' AND h.country IS NOT NULL
    WITH e, collect(DISTINCT h.country) AS hosts
    MATCH (e)<-[r:PARTICIPATED_IN]-(p:Person)
    WHERE coalesce(r.role, '') <> 'host' AND p.country IS NOT NULL
      AND any(t IN coalesce(p.titles, []) WHERE toLower(t) CONTAINS toLower($title))
    WITH e, p, [c IN hosts WHERE c <> p.country] AS abroad
    WHERE size(abroad) > 0
    RETURN e AS ev, p AS pe, abroad[0] AS host_country
    ORDER BY coalesce(e.date, '') DESC, e.id, p.id
  }
  RETURN ev, pe, host_country
  UNION ALL
  WITH holders
  UNWIND CASE WHEN size(holders) > 300 AND $since IS NULL THEN [true] ELSE [] END AS undated
  MATCH (e:Event)
  WHERE e.kind = 'visit' AND e.date_key IS NULL
  MATCH (e)<-[rh:PARTICIPATED_IN]-(h:Person)
  WHERE rh.role = 'host' AND h.country IS NOT NULL
  WITH e, collect(DISTINCT h.country) AS hosts
  MATCH (e)<-[r:PARTICIPATED_IN]-(p:Person)
  WHERE coalesce(r.role, '') <> 'host' AND p.country IS NOT NULL
    AND any(t IN coalesce(p.titles, []) WHERE toLower(t) CONTAINS toLower($title))
  WITH e, p, [c IN hosts WHERE c <> p.country] AS abroad
  WHERE size(abroad) > 0
  WITH e, p, abroad[0] AS host_country
  ORDER BY e.id, p.id
  RETURN e AS ev, p AS pe, host_country
}
WITH ev, pe, host_country
LIMIT $limit
OPTIONAL MATCH (ev)-[:HELD_IN]->(pl:Place)
RETURN ev.date AS date, ev.id AS event, pe.id AS person, pe.name AS name,
       pe.country AS country, host_country, pl.name AS place
ORDER BY coalesce(date, '') DESC, event, person
