// name: frequent_counterparts
// description: The actors one actor met most often, with the date of the last contact
// param: actor: string            (actor id)
// param: limit: int = 10          (how many counterparts)
CALL {
  MATCH (x:Person) WHERE x.id = $actor RETURN x
  UNION MATCH (x:Organization) WHERE x.id = $actor RETURN x
  UNION MATCH (x:Country) WHERE x.id = $actor RETURN x
}
WITH x
MATCH (x)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y)
WHERE y.id <> $actor
RETURN y.id AS id, labels(y)[0] AS type, y.name AS name, count(DISTINCT e) AS events,
       max(e.date) AS last_contact
ORDER BY events DESC, id
LIMIT $limit
