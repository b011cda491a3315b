-- Settings of the base that the program reads, one row each.
--
-- `name_normaliser_version`: the version of the name normaliser that made every `aliases.normalised`
-- key. When the program's normaliser differs (a new rule, such as folding zero-width joiners), the
-- next writer re-normalises every stored key in one transaction, then records its own version, so
-- lookups never mix the keys of two normalisers. Version 1 is the normaliser that made the keys of
-- every base created before this migration.
CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value ANY NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO settings(name, value) VALUES ('name_normaliser_version', 1);
