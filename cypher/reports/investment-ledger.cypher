// title: Investment ledger
// question: Who invested how much in whom, and when, per currency? (Amounts are never converted.)
// param currency: only this ISO 4217 currency, or null for all
:param currency => null
MATCH (investor:Entity)-[r:INVESTED_IN]->(investee:Entity)
WHERE $currency IS NULL OR r.currency = $currency
RETURN investor.name AS investor, investee.name AS investee, r.amount AS amount, r.currency AS currency,
       r.amountQualifier AS qualifier, r.amountConflict AS conflict, r.start AS since, r.date AS announced,
       r.sources AS sources
ORDER BY r.currency, r.amount DESC, investor, investee;
