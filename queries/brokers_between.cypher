// name: brokers_between
// description: People from neither country who met officials of both of two countries, most contacts first
// param: a: string                (ISO alpha-2 code of the first country)
// param: b: string                (ISO alpha-2 code of the second country)
// param: limit: int = 50          (how many people)
// One pass from the people of both countries (the country index) to the people they met,
// counted per side: a broker's own meetings are never expanded, and who a broker is (a
// person of neither country) is checked once per broker, not per path (docs/performance.md,
// "Saved queries at a million events").
MATCH (x:Person) WHERE x.country IN [$a, $b]
WITH x, x.country = $a AS in_a, x.country = $b AS in_b
MATCH (x)-[:PARTICIPATED_IN]->()<-[:PARTICIPATED_IN]-(k)
WITH DISTINCT k, x, in_a, in_b
WITH k, count(CASE WHEN in_a THEN 1 END) AS contacts_a,
     count(CASE WHEN in_b THEN 1 END) AS contacts_b
WHERE contacts_a > 0 AND contacts_b > 0 AND k:Person
  AND coalesce(k.country, '') <> $a AND coalesce(k.country, '') <> $b
RETURN k.id AS broker, k.name AS name, k.country AS country, contacts_a, contacts_b
ORDER BY contacts_a + contacts_b DESC, broker
LIMIT $limit
