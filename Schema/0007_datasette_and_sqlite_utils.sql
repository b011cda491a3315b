-- Datasette and sqlite-utils work on a MineralKB file out of the box.
--
-- Both find a table's full-text index by the text of the index's CREATE statement: it must say
-- content="quotes" (double quotes, no spaces). 0001 wrote content = 'quotes', which SQLite reads the
-- same but neither tool recognises: Datasette's /quotes?_search=copper silently returned every row and
-- `sqlite-utils search` said the table was not configured. The index is created again with the
-- spelling they look for, and rebuilt from the quotes; the triggers keep their names (the importer
-- finds quotes_fts_insert by name).
DROP TRIGGER quotes_fts_insert;
DROP TRIGGER quotes_fts_delete;
DROP TRIGGER quotes_fts_update;
DROP TABLE quotes_fts;
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content="quotes", content_rowid="id", tokenize = 'unicode61 remove_diacritics 2'
);
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
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');

-- Datasette labels a row (and every foreign key pointing at it) by the table's first column called
-- `name` or `title`. Sources had `title` (NULL for most articles) before `label`, so every source
-- showed as "None 1". The label becomes `name`, ahead of `title`; `label` stays readable as a
-- generated column (hidden from PRAGMA table_info, so the tools do not pick it), and views and
-- queries that read `sources.label` keep working. Writers write `name`.
ALTER TABLE sources RENAME COLUMN label TO name;
ALTER TABLE sources ADD COLUMN label TEXT GENERATED ALWAYS AS (name) VIRTUAL;
