// name: event_sources
// description: The news reports behind an event or agreement, with the quoted sentences
// param: fact: string             (event or agreement id)
MATCH (f)-[r:REPORTED_IN]->(d:Document)
WHERE f.id = $fact AND (f:Event OR f:Agreement)
RETURN d.id AS document, d.title AS title, d.source AS source, d.published AS published,
       r.quote AS quote
ORDER BY published, document, quote
