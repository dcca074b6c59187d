// name: event_sources
// description: The news reports behind an event or agreement, with the quoted sentences
// param: fact: string             (event or agreement id)
// param: limit: int = 200         (how many reports, oldest first)
CALL {
  MATCH (f:Event) WHERE f.id = $fact RETURN f
  UNION MATCH (f:Agreement) WHERE f.id = $fact RETURN f
}
WITH f
MATCH (f)-[r:REPORTED_IN]->(d:Document)
RETURN d.id AS document, d.title AS title, d.source AS source, d.published AS published,
       r.quote AS quote
ORDER BY published, document, quote
LIMIT $limit
