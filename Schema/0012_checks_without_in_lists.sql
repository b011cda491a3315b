-- The same rules, cheaper to check: the tables an import writes row by row state their lists of
-- allowed values as comparisons joined by OR instead of `IN (...)`.
--
-- SQLite compiles a CHECK of the form `x IN ('a', 'b', 'c')` (three values or more) into a small
-- temporary b-tree that it builds again every time the INSERT runs, that is for every row a
-- prepared statement writes: measured, 10 µs of the 24 µs a link costs (three such lists), some
-- 3 µs of an alias, a link's source or an organisation. `x = 'a' OR x = 'b' OR x = 'c'` accepts and
-- refuses exactly the same values (NULL included: both are NULL, which a CHECK lets through) and
-- costs nothing measurable. Tables written a few thousand times per import (sources, projects,
-- forums, places) keep their lists.
--
-- SQLite cannot change a CHECK in place, so each table is rebuilt: a copy with the new rules, rows
-- copied with their ids (the quotes' full-text index and every reference stay valid), the old table
-- dropped, the copy renamed, its indexes and triggers created again. `legacy_alter_table` keeps the
-- rename from rewriting the views that name these tables (they name the table, which is back under
-- its name when the script ends); foreign keys are off during migrations. The planner statistics of
-- the rebuilt tables are kept (a DROP TABLE deletes them).

ANALYZE sqlite_schema;  -- creates sqlite_stat1 where it is missing, analysing nothing
CREATE TEMP TABLE kept_statistics AS
    SELECT tbl, idx, stat FROM sqlite_stat1 WHERE tbl IN ('links', 'link_sources', 'aliases', 'quotes', 'organisations');

PRAGMA legacy_alter_table = ON;

-- Links.
CREATE TABLE links_rebuilt (
    id              INTEGER PRIMARY KEY,
    relation        TEXT NOT NULL,
    from_id         INTEGER NOT NULL,
    from_kind       TEXT NOT NULL,
    to_id           INTEGER NOT NULL,
    to_kind         TEXT NOT NULL,
    -- As printed: a person's title, a presence's detail ("local office"), a partnership's scope.
    role            TEXT,
    share_percent   REAL CHECK (share_percent >= 0 AND share_percent <= 100),
    quantity        REAL,
    unit            TEXT,
    since           TEXT,
    since_qualifier TEXT CHECK (since_qualifier = 'before' OR since_qualifier = 'after' OR since_qualifier = 'about'),
    until           TEXT,
    until_qualifier TEXT CHECK (until_qualifier = 'before' OR until_qualifier = 'after' OR until_qualifier = 'about'),
    as_of           TEXT,
    status          TEXT NOT NULL DEFAULT 'active' CHECK (status = 'active' OR status = 'former' OR status = 'planned'),
    -- relation, ends and every attribute in one text: the identity of the claim, for idempotent import.
    claim_key       TEXT NOT NULL UNIQUE,
    -- A holding through a named holding company; an agreement signed at a forum.
    through_id      INTEGER REFERENCES organisations(id),
    forum_id        INTEGER REFERENCES forums(id),
    FOREIGN KEY (relation, from_kind, to_kind) REFERENCES relations(name, from_kind, to_kind),
    FOREIGN KEY (from_id, from_kind) REFERENCES entities(id, kind) ON DELETE CASCADE,
    FOREIGN KEY (to_id, to_kind) REFERENCES entities(id, kind) ON DELETE CASCADE,
    CHECK (from_id <> to_id)
);
INSERT INTO links_rebuilt SELECT * FROM links;
DROP TABLE links;
ALTER TABLE links_rebuilt RENAME TO links;
CREATE INDEX links_by_from ON links(from_id, relation);
CREATE INDEX links_by_to ON links(to_id, relation);
CREATE INDEX links_by_through ON links(through_id) WHERE through_id IS NOT NULL;
CREATE INDEX links_by_forum ON links(forum_id) WHERE forum_id IS NOT NULL;

-- The sources of links.
CREATE TABLE link_sources_rebuilt (
    link_id   INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    -- The sentence of the source that supports the link.
    evidence  TEXT,
    -- How sure the claim is, as this source backs it; NULL: the document does not say.
    certainty TEXT CHECK (certainty = 'stated' OR certainty = 'inferred' OR certainty = 'uncertain'),
    note      TEXT,
    PRIMARY KEY (link_id, source_id)
) WITHOUT ROWID;
INSERT INTO link_sources_rebuilt SELECT * FROM link_sources;
DROP TABLE link_sources;
ALTER TABLE link_sources_rebuilt RENAME TO link_sources;
CREATE INDEX link_sources_by_source ON link_sources(source_id);

-- Names.
CREATE TABLE aliases_rebuilt (
    normalised TEXT NOT NULL,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    alias_kind TEXT CHECK (alias_kind = 'former name' OR alias_kind = 'misprint' OR alias_kind = 'abbreviation'
                           OR alias_kind = 'transliteration' OR alias_kind = 'spelling'),
    changed_on TEXT,
    PRIMARY KEY (normalised, entity_id)
) WITHOUT ROWID;
INSERT INTO aliases_rebuilt SELECT * FROM aliases;
DROP TABLE aliases;
ALTER TABLE aliases_rebuilt RENAME TO aliases;
CREATE INDEX aliases_by_entity ON aliases(entity_id);
CREATE TRIGGER aliases_search_insert AFTER INSERT ON aliases BEGIN
    INSERT OR IGNORE INTO name_search(normalised, entity_id) VALUES (NEW.normalised, NEW.entity_id);
END;
CREATE TRIGGER aliases_search_delete AFTER DELETE ON aliases BEGIN
    DELETE FROM name_search WHERE normalised = OLD.normalised AND entity_id = OLD.entity_id;
END;
CREATE TRIGGER aliases_search_update AFTER UPDATE ON aliases BEGIN
    DELETE FROM name_search WHERE normalised = OLD.normalised AND entity_id = OLD.entity_id;
    INSERT OR IGNORE INTO name_search(normalised, entity_id) VALUES (NEW.normalised, NEW.entity_id);
END;

-- Quotes.
CREATE TABLE quotes_rebuilt (
    id                    INTEGER PRIMARY KEY,
    source_id             INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    speaker_id            INTEGER REFERENCES people(id),
    -- The speaker's title as this source printed it.
    speaker_role          TEXT,
    organisation_id       INTEGER REFERENCES organisations(id),
    forum_id              INTEGER REFERENCES forums(id),
    told_to_id            INTEGER REFERENCES organisations(id),
    text                  TEXT NOT NULL CHECK (length(trim(text)) > 0),
    form                  TEXT NOT NULL CHECK (form = 'direct' OR form = 'paraphrase'),
    said_on               TEXT,
    -- Another outlet's rewording points at the quote as first printed.
    original_quote_id     INTEGER REFERENCES quotes(id),
    is_fragment           INTEGER CHECK (is_fragment = 0 OR is_fragment = 1),
    attribution           TEXT CHECK (attribution = 'explicit' OR attribution = 'implicit'),
    attribution_note      TEXT,
    attribution_certainty TEXT CHECK (attribution_certainty = 'stated' OR attribution_certainty = 'inferred'
                                      OR attribution_certainty = 'uncertain'),
    spoken_by             TEXT CHECK (spoken_by = 'person' OR spoken_by = 'organisation' OR spoken_by = 'document'),
    printed_in            TEXT,
    UNIQUE (source_id, text)
);
INSERT INTO quotes_rebuilt SELECT * FROM quotes;
DROP TABLE quotes;
ALTER TABLE quotes_rebuilt RENAME TO quotes;
CREATE INDEX quotes_by_speaker ON quotes(speaker_id);
CREATE INDEX quotes_by_organisation ON quotes(organisation_id);
CREATE INDEX quotes_by_forum ON quotes(forum_id);
CREATE INDEX quotes_by_original ON quotes(original_quote_id) WHERE original_quote_id IS NOT NULL;
CREATE INDEX quotes_by_told_to ON quotes(told_to_id) WHERE told_to_id IS NOT NULL;
CREATE INDEX quotes_by_source ON quotes(source_id);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (NEW.id, NEW.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
    INSERT INTO quotes_fts(rowid, text) VALUES (NEW.id, NEW.text);
END;

-- Organisations.
CREATE TABLE organisations_rebuilt (
    id                INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    name              TEXT NOT NULL,
    organisation_type TEXT NOT NULL DEFAULT 'company' CHECK (organisation_type = 'company' OR organisation_type = 'state enterprise'
        OR organisation_type = 'government body' OR organisation_type = 'media' OR organisation_type = 'association'
        OR organisation_type = 'university' OR organisation_type = 'other')
);
INSERT INTO organisations_rebuilt SELECT * FROM organisations;
DROP TABLE organisations;
ALTER TABLE organisations_rebuilt RENAME TO organisations;
CREATE TRIGGER organisations_match_entity BEFORE INSERT ON organisations
WHEN NOT EXISTS (SELECT 1 FROM entities WHERE id = NEW.id AND kind = 'organisation' AND name = NEW.name) BEGIN
    SELECT RAISE(ABORT, 'organisations.id must be the id of a organisation entity with the same name');
END;
CREATE TRIGGER organisations_rename_entity AFTER UPDATE OF name ON organisations BEGIN
    UPDATE entities SET name = NEW.name WHERE id = NEW.id;
END;

PRAGMA legacy_alter_table = OFF;

INSERT INTO sqlite_stat1(tbl, idx, stat) SELECT tbl, idx, stat FROM temp.kept_statistics;
DROP TABLE temp.kept_statistics;
