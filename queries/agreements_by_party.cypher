// name: agreements_by_party
// description: Agreements an actor is party to, optionally of one status, newest first
// param: party: string            (actor id, e.g. a country code)
// param: status: string = null    (proposed, agreed, signed or in_force)
// param: limit: int = 500         (how many agreements, newest first)
CALL {
  MATCH (x:Country) WHERE x.id = $party RETURN x
  UNION MATCH (x:Organization) WHERE x.id = $party RETURN x
}
WITH x
MATCH (x)-[:PARTY_TO]->(g:Agreement)
WHERE $status IS NULL OR g.status = $status
MATCH (o)-[:PARTY_TO]->(g)
WITH g, o
ORDER BY o.id
RETURN g.id AS agreement, g.name AS name, g.kind AS kind, g.status AS status, g.date AS date,
       collect(o.id) AS parties
ORDER BY coalesce(date, '') DESC, agreement
LIMIT $limit
