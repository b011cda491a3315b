-- Indexes for bases of millions of facts.
--
-- Foreign keys: when a row is added to a table that other tables refer to, and the statement can
-- write more than one row (a trigger is enough: quotes, places, organisations have one), SQLite
-- looks for rows that refer to the new one. Without an index on the referring column that is a
-- scan of the whole referring table for every row inserted: an import of 200,000 quotes scanned
-- the quotes table 200,000 times (original_quote_id). Each referring column gets an index; they
-- are partial, as most of these columns are NULL.
CREATE INDEX quotes_by_original ON quotes(original_quote_id) WHERE original_quote_id IS NOT NULL;
CREATE INDEX quotes_by_told_to ON quotes(told_to_id) WHERE told_to_id IS NOT NULL;
CREATE INDEX sources_by_publisher ON sources(publisher_id) WHERE publisher_id IS NOT NULL;
CREATE INDEX sources_by_via ON sources(via_id) WHERE via_id IS NOT NULL;
CREATE INDEX sources_by_dateline ON sources(dateline_place_id) WHERE dateline_place_id IS NOT NULL;
