-- Settings of the base, and the domain rules that were copied across SQL strings.

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

-- Each domain rule in one place, read from here by the views, the queries, the reports and the CLI.

-- The groups relations fall into: the heading a report gives each, in the order reports list them.
-- `title` heads the links an entity has to others (a firm's minerals), `incoming_title` those others
-- have to it (a mineral's: who holds, produces or works it). `hierarchy` is the place hierarchy
-- (places.parent_id), which reports show beside the links.
CREATE TABLE relation_categories (
    category       TEXT PRIMARY KEY,
    title          TEXT NOT NULL,
    incoming_title TEXT NOT NULL,
    position       INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;

INSERT INTO relation_categories(category, title, incoming_title, position) VALUES
    ('affiliation',   'Organisations',       'People',                            1),
    ('commodity',     'Minerals',            'Who holds, produces or works it',   2),
    ('hierarchy',     'Place hierarchy',     'Place hierarchy',                   3),
    ('location',      'Location',            'Located here',                      4),
    ('origin',        'Origin',              'Firms based here',                  5),
    ('participation', 'Participation',       'Participants',                      6),
    ('partnership',   'Partners',            'Partners',                          7),
    ('presence',      'Presence',            'Firms present here',                8),
    ('stake',         'Projects and stakes', 'Operators, owners and contractors', 9);

-- Which relations say where a firm comes from: its home, and its headquarters (which is also a
-- presence). firm_origins, the firms queries and the descriptions of firms all read this flag.
ALTER TABLE relations ADD COLUMN is_origin INTEGER NOT NULL DEFAULT 0 CHECK (is_origin IN (0, 1));
UPDATE relations SET is_origin = 1 WHERE name IN ('based_in', 'headquartered_in');

DROP VIEW firm_origins;
CREATE VIEW firm_origins AS
SELECT o.id AS organisation_id, o.name AS organisation, l.relation AS origin,
       p.id AS place_id, p.name AS place, w.id AS within_id, w.name AS within,
       l.id AS link_id, ls.source_id AS source_id
FROM links AS l
JOIN relations AS r ON r.name = l.relation AND r.from_kind = l.from_kind AND r.to_kind = l.to_kind
JOIN organisations AS o ON o.id = l.from_id
JOIN places AS p ON p.id = l.to_id
JOIN place_ancestors AS a ON a.place_id = p.id
JOIN places AS w ON w.id = a.ancestor_id
LEFT JOIN link_sources AS ls ON ls.link_id = l.id
WHERE r.is_origin = 1;
