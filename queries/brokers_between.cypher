// name: brokers_between
// description: People from neither country who met officials of both of two countries, most contacts first
// param: a: string                (ISO alpha-2 code of the first country)
// param: b: string                (ISO alpha-2 code of the second country)
// param: limit: int = 50          (how many people)
MATCH (x:Person) WHERE x.country = $a
MATCH (x)-[:PARTICIPATED_IN]->(:Event)<-[:PARTICIPATED_IN]-(k:Person)
WHERE coalesce(k.country, '') <> $a AND coalesce(k.country, '') <> $b
WITH k, count(DISTINCT x) AS contacts_a
MATCH (k)-[:PARTICIPATED_IN]->(:Event)<-[:PARTICIPATED_IN]-(y:Person)
WHERE y.country = $b
RETURN k.id AS broker, k.name AS name, k.country AS country,
       contacts_a, count(DISTINCT y) AS contacts_b
ORDER BY contacts_a + contacts_b DESC, broker
LIMIT $limit
