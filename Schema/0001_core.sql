-- MineralKB core schema.
-- Every thing the base knows about (organisation, person, place, mineral, forum, project) has one
-- row in `entities`, so links and graph walks span kinds with one id space. Each kind has its own
-- table with the columns that only it has. Every link and entity can be backed by sources.
-- Partial dates are ISO text: '2006', '2026-01', '2026-01-29'; a qualifier says 'before', 'after' or 'about'.

CREATE TABLE entity_kinds (
    kind TEXT PRIMARY KEY
) WITHOUT ROWID;
INSERT INTO entity_kinds(kind) VALUES
    ('organisation'), ('person'), ('place'), ('mineral'), ('forum'), ('project');

CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL REFERENCES entity_kinds(kind),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT,
    -- Target of the composite foreign keys that pin each end of a link to a kind.
    UNIQUE (id, kind)
);
CREATE INDEX entities_by_kind_name ON entities(kind, name);

-- Every name an entity is known by, its canonical name included, looked up by a normalised form
-- (case, diacritics, dashes, spacing and punctuation folded): "Pak–China" = "Pak-China" = "pak china".
CREATE TABLE aliases (
    normalised TEXT NOT NULL,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    PRIMARY KEY (normalised, entity_id)
) WITHOUT ROWID;
CREATE INDEX aliases_by_entity ON aliases(entity_id);

-- Kind tables. `id` is the entity's id; `name` repeats entities.name so that ad-hoc SQL reads
-- naturally, and the triggers below keep the two identical.
CREATE TABLE organisations (
    id                INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    name              TEXT NOT NULL,
    organisation_type TEXT NOT NULL DEFAULT 'company' CHECK (organisation_type IN
        ('company', 'state enterprise', 'government body', 'media', 'association', 'university', 'other'))
);

CREATE TABLE people (
    id   INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    name TEXT NOT NULL
);

-- A hierarchy of any depth: site → district → province → country; venue → city.
CREATE TABLE places (
    id         INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    place_type TEXT NOT NULL DEFAULT 'place',
    parent_id  INTEGER REFERENCES places(id),
    iso_code   TEXT UNIQUE,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX places_by_parent ON places(parent_id);

CREATE TABLE minerals (
    id            INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    symbol        TEXT,
    mineral_group TEXT
);

CREATE TABLE forums (
    id               INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    starts_on        TEXT,
    starts_qualifier TEXT CHECK (starts_qualifier IN ('before', 'after', 'about')),
    ends_on          TEXT
);

-- A mine, deposit, plant or block. Where it is and who runs it are links (with sources).
CREATE TABLE projects (
    id           INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    project_type TEXT NOT NULL DEFAULT 'project' CHECK (project_type IN
        ('mine', 'deposit', 'plant', 'block', 'concession', 'refinery', 'project')),
    status       TEXT CHECK (status IN
        ('exploration', 'development', 'construction', 'operating', 'suspended', 'closed', 'planned'))
);

-- Places: each place with every place that contains it (itself at depth 0), kept by triggers, so
-- "active in Pakistan" finds an office in Karachi with one indexed join instead of a recursive walk.
CREATE TABLE place_ancestors (
    place_id    INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
    ancestor_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
    depth       INTEGER NOT NULL,
    PRIMARY KEY (place_id, ancestor_id)
) WITHOUT ROWID;
CREATE INDEX place_ancestors_by_ancestor ON place_ancestors(ancestor_id, place_id);

CREATE TRIGGER places_insert_ancestors AFTER INSERT ON places BEGIN
    INSERT INTO place_ancestors(place_id, ancestor_id, depth) VALUES (NEW.id, NEW.id, 0);
    INSERT INTO place_ancestors(place_id, ancestor_id, depth)
        SELECT NEW.id, ancestor_id, depth + 1 FROM place_ancestors WHERE place_id = NEW.parent_id;
END;

CREATE TRIGGER places_refuse_cycle BEFORE UPDATE OF parent_id ON places
WHEN NEW.parent_id IN (SELECT place_id FROM place_ancestors WHERE ancestor_id = NEW.id) BEGIN
    SELECT RAISE(ABORT, 'a place cannot be inside itself');
END;

-- Moving a subtree: drop the links from the subtree to its old ancestors, add those to the new ones.
CREATE TRIGGER places_move_ancestors AFTER UPDATE OF parent_id ON places
WHEN NEW.parent_id IS NOT OLD.parent_id BEGIN
    DELETE FROM place_ancestors
    WHERE place_id IN (SELECT place_id FROM place_ancestors WHERE ancestor_id = NEW.id)
      AND ancestor_id IN (SELECT ancestor_id FROM place_ancestors WHERE place_id = NEW.id AND ancestor_id <> NEW.id);
    INSERT INTO place_ancestors(place_id, ancestor_id, depth)
        SELECT below.place_id, above.ancestor_id, above.depth + below.depth + 1
        FROM place_ancestors AS above, place_ancestors AS below
        WHERE above.place_id = NEW.parent_id AND below.ancestor_id = NEW.id;
END;

-- Sources: the documents facts come from.
CREATE TABLE sources (
    id                INTEGER PRIMARY KEY,
    -- What makes a source the same source on a second import: its url, else its reference, else its label.
    citation_key      TEXT NOT NULL UNIQUE,
    source_type       TEXT NOT NULL DEFAULT 'article' CHECK (source_type IN
        ('article', 'report', 'filing', 'press release', 'web page', 'interview', 'dataset', 'other')),
    label             TEXT NOT NULL,
    title             TEXT,
    publisher_id      INTEGER REFERENCES organisations(id),
    via_id            INTEGER REFERENCES organisations(id),
    url               TEXT,
    reference         TEXT,
    published_on      TEXT,
    dateline_place_id INTEGER REFERENCES places(id)
);

-- Which sources report an entity (its existence, its name, its kind).
CREATE TABLE entity_sources (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    evidence  TEXT,
    PRIMARY KEY (entity_id, source_id)
) WITHOUT ROWID;
CREATE INDEX entity_sources_by_source ON entity_sources(source_id);

-- The kinds of link, with the kinds of entity each joins and the group it belongs to.
CREATE TABLE relations (
    name      TEXT NOT NULL,
    from_kind TEXT NOT NULL REFERENCES entity_kinds(kind),
    to_kind   TEXT NOT NULL REFERENCES entity_kinds(kind),
    category  TEXT NOT NULL,
    label     TEXT NOT NULL,
    PRIMARY KEY (name, from_kind, to_kind)
) WITHOUT ROWID;

INSERT INTO relations(name, from_kind, to_kind, category, label) VALUES
    ('works_at',               'person',       'organisation', 'affiliation',   'works at'),
    ('based_in',               'organisation', 'place',        'origin',        'is based in'),
    ('headquartered_in',       'organisation', 'place',        'presence',      'is headquartered in'),
    ('has_office_in',          'organisation', 'place',        'presence',      'has an office in'),
    ('operates_in',            'organisation', 'place',        'presence',      'operates in'),
    ('has_mine_in',            'organisation', 'place',        'presence',      'has a mine in'),
    ('has_project_in',         'organisation', 'place',        'presence',      'has a project in'),
    ('operates',               'organisation', 'project',      'stake',         'operates'),
    ('owns',                   'organisation', 'project',      'stake',         'owns'),
    ('contractor_for',         'organisation', 'project',      'stake',         'is a contractor for'),
    ('located_in',             'project',      'place',        'location',      'is located in'),
    ('works',                  'project',      'mineral',      'commodity',     'works'),
    ('interested_in',          'organisation', 'mineral',      'commodity',     'is interested in'),
    ('produces',               'organisation', 'mineral',      'commodity',     'produces'),
    ('explores_for',           'organisation', 'mineral',      'commodity',     'explores for'),
    ('supplies_equipment_for', 'organisation', 'mineral',      'commodity',     'supplies equipment for'),
    ('has_reserves_of',        'place',        'mineral',      'commodity',     'has reserves of'),
    ('produces',               'place',        'mineral',      'commodity',     'produces'),
    ('subsidiary_of',          'organisation', 'organisation', 'partnership',   'is a subsidiary of'),
    ('partner_of',             'organisation', 'organisation', 'partnership',   'is a partner of'),
    ('joint_venture_with',     'organisation', 'organisation', 'partnership',   'is in a joint venture with'),
    ('signed_mou_with',        'organisation', 'organisation', 'partnership',   'signed an MoU with'),
    ('held_in',                'forum',        'place',        'location',      'was held in'),
    ('organised',              'organisation', 'forum',        'participation', 'organised'),
    ('organised',              'person',       'forum',        'participation', 'organised'),
    ('spoke_at',               'person',       'forum',        'participation', 'spoke at'),
    ('spoke_at',               'organisation', 'forum',        'participation', 'spoke at'),
    ('attended',               'person',       'forum',        'participation', 'attended'),
    ('attended',               'organisation', 'forum',        'participation', 'attended'),
    ('sponsored',              'organisation', 'forum',        'participation', 'sponsored');

-- One row per claim. Two sources reporting the same claim share the row (two link_sources);
-- two sources that disagree (another date, another share) make two rows, kept side by side.
CREATE TABLE links (
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
    since_qualifier TEXT CHECK (since_qualifier IN ('before', 'after', 'about')),
    until           TEXT,
    until_qualifier TEXT CHECK (until_qualifier IN ('before', 'after', 'about')),
    as_of           TEXT,
    status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'former', 'planned')),
    -- relation, ends and every attribute in one text: the identity of the claim, for idempotent import.
    claim_key       TEXT NOT NULL UNIQUE,
    FOREIGN KEY (relation, from_kind, to_kind) REFERENCES relations(name, from_kind, to_kind),
    FOREIGN KEY (from_id, from_kind) REFERENCES entities(id, kind) ON DELETE CASCADE,
    FOREIGN KEY (to_id, to_kind) REFERENCES entities(id, kind) ON DELETE CASCADE,
    CHECK (from_id <> to_id)
);
CREATE INDEX links_by_from ON links(from_id, relation);
CREATE INDEX links_by_to ON links(to_id, relation);

CREATE TABLE link_sources (
    link_id   INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    -- The sentence of the source that supports the link.
    evidence  TEXT,
    PRIMARY KEY (link_id, source_id)
) WITHOUT ROWID;
CREATE INDEX link_sources_by_source ON link_sources(source_id);

-- Quotes: exact text (direct) or reported speech (paraphrase), as one source printed it.
CREATE TABLE quotes (
    id                INTEGER PRIMARY KEY,
    source_id         INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    speaker_id        INTEGER REFERENCES people(id),
    -- The speaker's title as this source printed it.
    speaker_role      TEXT,
    organisation_id   INTEGER REFERENCES organisations(id),
    forum_id          INTEGER REFERENCES forums(id),
    told_to_id        INTEGER REFERENCES organisations(id),
    text              TEXT NOT NULL CHECK (length(trim(text)) > 0),
    form              TEXT NOT NULL CHECK (form IN ('direct', 'paraphrase')),
    said_on           TEXT,
    -- Another outlet's rewording points at the quote as first printed.
    original_quote_id INTEGER REFERENCES quotes(id),
    UNIQUE (source_id, text)
);
CREATE INDEX quotes_by_speaker ON quotes(speaker_id);
CREATE INDEX quotes_by_organisation ON quotes(organisation_id);
CREATE INDEX quotes_by_forum ON quotes(forum_id);

CREATE TABLE quote_mentions (
    quote_id  INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (quote_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX quote_mentions_by_entity ON quote_mentions(entity_id);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content = 'quotes', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
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

-- Each kind table row must match its entity (same id, kind and name); a rename reaches both.
CREATE TRIGGER organisations_match_entity BEFORE INSERT ON organisations
WHEN NOT EXISTS (SELECT 1 FROM entities WHERE id = NEW.id AND kind = 'organisation' AND name = NEW.name) BEGIN
    SELECT RAISE(ABORT, 'organisations.id must be the id of a organisation entity with the same name');
END;
CREATE TRIGGER organisations_rename_entity AFTER UPDATE OF name ON organisations BEGIN
    UPDATE entities SET name = NEW.name WHERE id = NEW.id;
END;
CREATE TRIGGER people_match_entity BEFORE INSERT ON people
WHEN NOT EXISTS (SELECT 1 FROM entities WHERE id = NEW.id AND kind = 'person' AND name = NEW.name) BEGIN
    SELECT RAISE(ABORT, 'people.id must be the id of a person entity with the same name');
END;
CREATE TRIGGER people_rename_entity AFTER UPDATE OF name ON people BEGIN
    UPDATE entities SET name = NEW.name WHERE id = NEW.id;
END;
CREATE TRIGGER places_match_entity BEFORE INSERT ON places
WHEN NOT EXISTS (SELECT 1 FROM entities WHERE id = NEW.id AND kind = 'place' AND name = NEW.name) BEGIN
    SELECT RAISE(ABORT, 'places.id must be the id of a place entity with the same name');
END;
CREATE TRIGGER places_rename_entity AFTER UPDATE OF name ON places BEGIN
    UPDATE entities SET name = NEW.name WHERE id = NEW.id;
END;
CREATE TRIGGER minerals_match_entity BEFORE INSERT ON minerals
WHEN NOT EXISTS (SELECT 1 FROM entities WHERE id = NEW.id AND kind = 'mineral' AND name = NEW.name) BEGIN
    SELECT RAISE(ABORT, 'minerals.id must be the id of a mineral entity with the same name');
END;
CREATE TRIGGER minerals_rename_entity AFTER UPDATE OF name ON minerals BEGIN
    UPDATE entities SET name = NEW.name WHERE id = NEW.id;
END;
CREATE TRIGGER forums_match_entity BEFORE INSERT ON forums
WHEN NOT EXISTS (SELECT 1 FROM entities WHERE id = NEW.id AND kind = 'forum' AND name = NEW.name) BEGIN
    SELECT RAISE(ABORT, 'forums.id must be the id of a forum entity with the same name');
END;
CREATE TRIGGER forums_rename_entity AFTER UPDATE OF name ON forums BEGIN
    UPDATE entities SET name = NEW.name WHERE id = NEW.id;
END;
CREATE TRIGGER projects_match_entity BEFORE INSERT ON projects
WHEN NOT EXISTS (SELECT 1 FROM entities WHERE id = NEW.id AND kind = 'project' AND name = NEW.name) BEGIN
    SELECT RAISE(ABORT, 'projects.id must be the id of a project entity with the same name');
END;
CREATE TRIGGER projects_rename_entity AFTER UPDATE OF name ON projects BEGIN
    UPDATE entities SET name = NEW.name WHERE id = NEW.id;
END;

-- Views: ad-hoc SQL that reads like the domain.

-- One row per firm, place it is present in, and every place containing that place (`within`),
-- per source: WHERE within = 'Pakistan' finds the office in Karachi.
CREATE VIEW firm_presence AS
SELECT o.id                AS organisation_id,
       o.name              AS organisation,
       o.organisation_type AS organisation_type,
       l.relation          AS presence,
       l.role              AS detail,
       p.id                AS place_id,
       p.name              AS place,
       w.id                AS within_id,
       w.name              AS within,
       a.depth             AS within_depth,
       l.since, l.since_qualifier, l.until, l.until_qualifier, l.status,
       l.id                AS link_id,
       s.id                AS source_id,
       s.label             AS source,
       ls.evidence         AS evidence
FROM links AS l
JOIN relations AS r ON r.name = l.relation AND r.from_kind = l.from_kind AND r.to_kind = l.to_kind
JOIN organisations AS o ON o.id = l.from_id
JOIN places AS p ON p.id = l.to_id
JOIN place_ancestors AS a ON a.place_id = p.id
JOIN places AS w ON w.id = a.ancestor_id
LEFT JOIN link_sources AS ls ON ls.link_id = l.id
LEFT JOIN sources AS s ON s.id = ls.source_id
WHERE r.category = 'presence';

-- Where a firm comes from: its home (based_in) or headquarters, with every containing place.
CREATE VIEW firm_origins AS
SELECT o.id AS organisation_id, o.name AS organisation, l.relation AS origin,
       p.id AS place_id, p.name AS place, w.id AS within_id, w.name AS within,
       l.id AS link_id, ls.source_id AS source_id
FROM links AS l
JOIN organisations AS o ON o.id = l.from_id
JOIN places AS p ON p.id = l.to_id
JOIN place_ancestors AS a ON a.place_id = p.id
JOIN places AS w ON w.id = a.ancestor_id
LEFT JOIN link_sources AS ls ON ls.link_id = l.id
WHERE l.relation IN ('based_in', 'headquartered_in');

-- One row per quote with who said it, in what role, for which organisation, where, and in which source.
CREATE VIEW quote_details AS
SELECT q.id AS quote_id,
       q.text,
       q.form,
       q.said_on,
       sp.id AS speaker_id,
       sp.name AS speaker,
       q.speaker_role,
       o.id AS organisation_id,
       o.name AS organisation,
       f.id AS forum_id,
       f.name AS forum,
       t.name AS told_to,
       s.id AS source_id,
       s.label AS source,
       s.published_on,
       q.original_quote_id
FROM quotes AS q
JOIN sources AS s ON s.id = q.source_id
LEFT JOIN people AS sp ON sp.id = q.speaker_id
LEFT JOIN organisations AS o ON o.id = q.organisation_id
LEFT JOIN forums AS f ON f.id = q.forum_id
LEFT JOIN organisations AS t ON t.id = q.told_to_id;

-- Every link between entities as from → relation → to, one row per source: links, the place
-- hierarchy (part_of) and what quoted speakers talked about (mentioned). Graph walks start here.
CREATE VIEW edges AS
SELECT l.from_id, fe.kind AS from_kind, fe.name AS from_name,
       l.relation,
       l.to_id, te.kind AS to_kind, te.name AS to_name,
       l.role AS detail, l.status, l.since, l.until,
       l.id AS link_id, ls.source_id, s.label AS source
FROM links AS l
JOIN entities AS fe ON fe.id = l.from_id
JOIN entities AS te ON te.id = l.to_id
LEFT JOIN link_sources AS ls ON ls.link_id = l.id
LEFT JOIN sources AS s ON s.id = ls.source_id
UNION ALL
SELECT p.id, 'place', p.name, 'part_of', parent.id, 'place', parent.name,
       NULL, 'active', NULL, NULL, NULL, NULL, NULL
FROM places AS p
JOIN places AS parent ON parent.id = p.parent_id
UNION ALL
SELECT q.speaker_id, 'person', sp.name, 'mentioned', m.entity_id, e.kind, e.name,
       q.form, 'active', q.said_on, NULL, NULL, q.source_id, s.label
FROM quotes AS q
JOIN people AS sp ON sp.id = q.speaker_id
JOIN quote_mentions AS m ON m.quote_id = q.id
JOIN entities AS e ON e.id = m.entity_id
JOIN sources AS s ON s.id = q.source_id;
