// name: country_engagements
// description: Countries ranked by the number of events shared with one country's people or state
// param: country: string          (ISO alpha-2 code)
// param: limit: int = 20          (how many countries)
// From the country's own actors (indexes on country and id), counted per other country
// before that country's node is looked up (docs/performance.md, "Saved queries at a
// million events").
CALL {
  MATCH (x:Person) WHERE x.country = $country RETURN x
  UNION MATCH (x:Organization) WHERE x.country = $country RETURN x
  UNION MATCH (x:Country) WHERE x.id = $country RETURN x
}
WITH x
MATCH (x)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y)
WITH e, CASE WHEN y:Country THEN y.id ELSE y.country END AS other
WHERE other IS NOT NULL AND other <> $country
WITH other, count(DISTINCT e) AS events, max(e.date) AS last_event
MATCH (c:Country) WHERE c.id = other
RETURN c.id AS country, c.name AS name, events, last_event
ORDER BY events DESC, country
LIMIT $limit
