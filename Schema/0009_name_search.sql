-- Finding names by any part of them, with typos: a trigram index over every alias.
--
-- `aliases` has no rowid (its key is the normalised name and the entity), and an FTS5 index needs
-- one to point back at its rows; `name_search` gives each alias a rowid, and `name_search_fts`
-- indexes its normalised form in trigrams (any substring of three or more characters, and the
-- trigrams a misspelt name still shares with the right one). Triggers keep both in step with
-- `aliases`, whoever writes it.
CREATE TABLE name_search (
    id         INTEGER PRIMARY KEY,
    normalised TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    UNIQUE (normalised, entity_id)
);
CREATE INDEX name_search_by_entity ON name_search(entity_id);

CREATE VIRTUAL TABLE name_search_fts USING fts5(
    normalised, content="name_search", content_rowid="id", tokenize = 'trigram'
);

-- How many names hold each trigram: a search for a misspelt name starts from its rarest pieces.
CREATE VIRTUAL TABLE name_search_vocab USING fts5vocab(name_search_fts, row);

CREATE TRIGGER name_search_insert AFTER INSERT ON name_search BEGIN
    INSERT INTO name_search_fts(rowid, normalised) VALUES (NEW.id, NEW.normalised);
END;
CREATE TRIGGER name_search_delete AFTER DELETE ON name_search BEGIN
    INSERT INTO name_search_fts(name_search_fts, rowid, normalised) VALUES ('delete', OLD.id, OLD.normalised);
END;

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

-- The names already there (reference data and everything imported so far).
INSERT INTO name_search(normalised, entity_id) SELECT normalised, entity_id FROM aliases;

-- A source's page lists its quotes, and the home page the latest sources. IF NOT EXISTS: another
-- migration numbered before this one may add the same index.
CREATE INDEX IF NOT EXISTS quotes_by_source ON quotes(source_id);
CREATE INDEX IF NOT EXISTS sources_by_published ON sources(published_on);
