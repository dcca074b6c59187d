// name: brokers_between
// description: People from neither country who met officials of both of two countries
// param: a: string                (ISO alpha-2 code of the first country)
// param: b: string                (ISO alpha-2 code of the second country)
MATCH (x:Person)-[:PARTICIPATED_IN]->(:Event)<-[:PARTICIPATED_IN]-(k:Person)
WHERE x.country = $a AND coalesce(k.country, '') <> $a AND coalesce(k.country, '') <> $b
MATCH (k)-[:PARTICIPATED_IN]->(:Event)<-[:PARTICIPATED_IN]-(y:Person)
WHERE y.country = $b
RETURN k.id AS broker, k.name AS name, k.country AS country,
       count(DISTINCT x) AS contacts_a, count(DISTINCT y) AS contacts_b
ORDER BY contacts_a + contacts_b DESC, broker
