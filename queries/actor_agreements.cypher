// name: actor_agreements
// description: Agreements an actor signed or is party to, with its role, newest first
// param: actor: string            (actor id)
// param: status: string = null    (proposed, agreed, signed or in_force)
// param: limit: int = 500         (how many agreements, newest first)
CALL {
  MATCH (x:Person) WHERE x.id = $actor RETURN x
  UNION MATCH (x:Organization) WHERE x.id = $actor RETURN x
  UNION MATCH (x:Country) WHERE x.id = $actor RETURN x
}
WITH x
MATCH (x)-[r:PARTY_TO|SIGNED]->(g:Agreement)
WHERE $status IS NULL OR g.status = $status
RETURN g.id AS agreement, g.name AS name, g.status AS status, g.date AS date,
       type(r) AS role
ORDER BY coalesce(date, '') DESC, agreement, role
LIMIT $limit
