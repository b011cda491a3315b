-- One entity per real thing, sources never confused, and every correction recorded.

-- Identifiers: what tells two entities of the same name apart (wikidata:Q…, opensanctions:…, lei:…,
-- a registry number, an ISO code). One entity per scheme and value; a document that names an
-- identifier means that entity, whatever names it uses. `source_id` is the source that first gave
-- it; NULL for reference data and for identifiers moved by a curation.
CREATE TABLE identifiers (
    scheme    TEXT NOT NULL CHECK (length(scheme) > 0 AND scheme = lower(scheme) AND instr(scheme, ':') = 0),
    value     TEXT NOT NULL CHECK (length(trim(value)) > 0),
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    source_id INTEGER REFERENCES sources(id),
    PRIMARY KEY (scheme, value)
) WITHOUT ROWID;
CREATE INDEX identifiers_by_entity ON identifiers(entity_id);
CREATE INDEX identifiers_by_source ON identifiers(source_id) WHERE source_id IS NOT NULL;

-- Reference data's natural identifiers: every place with an ISO 3166 code (countries, subdivisions),
-- now and whenever a place with a code is added.
INSERT INTO identifiers(scheme, value, entity_id)
    SELECT 'iso3166', iso_code, id FROM places WHERE iso_code IS NOT NULL;
CREATE TRIGGER places_iso_identifier AFTER INSERT ON places WHEN NEW.iso_code IS NOT NULL BEGIN
    INSERT INTO identifiers(scheme, value, entity_id) VALUES ('iso3166', NEW.iso_code, NEW.id);
END;

-- Reference data: the countries and subdivisions (0002) and minerals (0003) that ship with the
-- schema. Those scripts ran before any document, so they hold the first 4,027 ids of every base.
-- A retract or a re-import never removes them, even when no source is left to back them.
CREATE TABLE reference_entities (
    entity_id INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE
);
INSERT INTO reference_entities(entity_id) SELECT id FROM entities WHERE id <= 4027 AND kind IN ('place', 'mineral');

-- Merged entities: the id of an entity merged into another, so that the old id still finds it.
CREATE TABLE merged_entities (
    merged_id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL REFERENCES entity_kinds(kind),
    merged_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX merged_entities_by_entity ON merged_entities(entity_id);

-- The audit log: one row per curation (retract, merge, alias, rename) and per re-import that
-- replaced a source's facts. `entity_ids` and `source_ids` are JSON arrays of the ids touched;
-- `details` is JSON holding the command's arguments and the facts it removed.
CREATE TABLE changes (
    id         INTEGER PRIMARY KEY,
    made_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    command    TEXT NOT NULL CHECK (length(command) > 0),
    summary    TEXT NOT NULL,
    entity_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(entity_ids) AND json_type(entity_ids) = 'array'),
    source_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(source_ids) AND json_type(source_ids) = 'array'),
    details    TEXT CHECK (details IS NULL OR json_valid(details))
);

-- Names a curator changed by hand, kept so that an export carries them: `add` for a name added
-- (`mkb alias add`), `remove` for a name taken away (a reference spelling included), `rename` for
-- the name an entity was given by `mkb rename` (its old name stays an alias).
CREATE TABLE curated_names (
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    normalised TEXT NOT NULL,
    alias      TEXT NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('add', 'remove', 'rename')),
    PRIMARY KEY (entity_id, normalised)
) WITHOUT ROWID;

-- Sources: a source is its url, else its reference, else its title with publisher and date. The old
-- key was the url, else the reference, else a label of publisher, dateline and date, so two articles
-- of one outlet on one day shared a row. Existing rows are re-keyed the new way; a source with
-- neither url, reference nor title keeps its old label under a `label:` prefix (a new document
-- needs one of the three).
UPDATE sources SET citation_key = CASE
    WHEN url IS NOT NULL THEN 'url:' || url
    WHEN reference IS NOT NULL THEN 'reference:' || reference
    WHEN title IS NOT NULL THEN 'title:' || title || char(31) || coalesce(publisher_id, '') || char(31) || coalesce(published_on, '')
    ELSE 'label:' || citation_key
END;
