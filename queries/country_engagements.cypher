// name: country_engagements
// description: Countries ranked by the number of events shared with one country's people or state
// param: country: string          (ISO alpha-2 code)
// param: limit: int = 20          (how many countries)
MATCH (x)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y)
WHERE x.country = $country OR (x:Country AND x.id = $country)
WITH e, CASE WHEN y:Country THEN y.id ELSE y.country END AS other
WHERE other IS NOT NULL AND other <> $country
MATCH (c:Country {id: other})
RETURN c.id AS country, c.name AS name, count(DISTINCT e) AS events, max(e.date) AS last_event
ORDER BY events DESC, country
LIMIT $limit
