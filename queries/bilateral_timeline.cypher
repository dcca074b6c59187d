// name: bilateral_timeline
// description: The timeline of two countries: events with people (or the states) of both, and agreements they are both party to, oldest first (the first `limit` items)
// param: a: string                (ISO alpha-2 code of the first country)
// param: b: string                (ISO alpha-2 code of the second country)
// param: limit: int = 500         (how many items, oldest first)
CALL {
  MATCH (x:Person) WHERE x.country = $a RETURN x
  UNION MATCH (x:Organization) WHERE x.country = $a RETURN x
  UNION MATCH (x:Country) WHERE x.id = $a RETURN x
}
WITH x
MATCH (x)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y)
WHERE y.country = $b OR (y:Country AND y.id = $b)
WITH collect(DISTINCT e) AS events
OPTIONAL MATCH (ca:Country)-[:PARTY_TO]->(g:Agreement)<-[:PARTY_TO]-(cb:Country)
WHERE ca.id = $a AND cb.id = $b
WITH events, collect(DISTINCT g) AS agreements
UNWIND [e IN events | {type: 'event', id: e.id, kind: e.kind, date: e.date, title: e.title}]
     + [g IN agreements | {type: 'agreement', id: g.id, kind: g.kind, date: g.date, title: g.name}]
  AS item
RETURN item.date AS date, item.type AS type, item.id AS id, item.kind AS kind, item.title AS title
ORDER BY coalesce(date, ''), type, id
LIMIT $limit
