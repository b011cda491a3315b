-- Answers analysts expect (issue 12, points 1 to 3): a firm is present where its projects are, comes
-- from where its parents come from, and a mineral family finds its members. Each rule is written
-- once, here, as a table or a view; the firms query and the reports read them.

-- Point 1. Which stakes in a project make a firm present where the project is located. A firm that
-- operates, owns or contracts for a project in Balochistan is active in Balochistan (and Pakistan).
-- A flag of the relation, beside `is_origin`; the view lists the flagged relations for the queries.
ALTER TABLE relations ADD COLUMN is_presence_through_project INTEGER NOT NULL DEFAULT 0
    CHECK (is_presence_through_project IN (0, 1));
UPDATE relations SET is_presence_through_project = 1
WHERE name IN ('operates', 'owns', 'contractor_for') AND from_kind = 'organisation' AND to_kind = 'project';
CREATE VIEW project_presence_relations AS
SELECT DISTINCT name AS relation FROM relations WHERE is_presence_through_project = 1;

-- `firm_presence` again, with the presence a firm has through its projects: the stake (operates,
-- owns...) as `presence`, the project as `via_project`, and the sources of the firm's own stake link.
DROP VIEW firm_presence;
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
       s.name              AS source,
       ls.evidence         AS evidence,
       NULL                AS via_project_id,
       NULL                AS via_project
FROM links AS l
JOIN relations AS r ON r.name = l.relation AND r.from_kind = l.from_kind AND r.to_kind = l.to_kind
JOIN organisations AS o ON o.id = l.from_id
JOIN places AS p ON p.id = l.to_id
JOIN place_ancestors AS a ON a.place_id = p.id
JOIN places AS w ON w.id = a.ancestor_id
LEFT JOIN link_sources AS ls ON ls.link_id = l.id
LEFT JOIN sources AS s ON s.id = ls.source_id
WHERE r.category = 'presence'
UNION ALL
SELECT o.id, o.name, o.organisation_type, l.relation, l.role, p.id, p.name, w.id, w.name, a.depth,
       l.since, l.since_qualifier, l.until, l.until_qualifier, l.status, l.id, s.id, s.name, ls.evidence,
       pr.id, pr.name
FROM links AS loc
JOIN links AS l ON l.to_id = loc.from_id AND l.from_kind = 'organisation'
JOIN project_presence_relations AS ppr ON ppr.relation = l.relation
JOIN projects AS pr ON pr.id = loc.from_id
JOIN organisations AS o ON o.id = l.from_id
JOIN places AS p ON p.id = loc.to_id
JOIN place_ancestors AS a ON a.place_id = p.id
JOIN places AS w ON w.id = a.ancestor_id
LEFT JOIN link_sources AS ls ON ls.link_id = l.id
LEFT JOIN sources AS s ON s.id = ls.source_id
WHERE loc.relation = 'located_in' AND loc.from_kind = 'project';

-- Which relations make one organisation the parent of another, so that a subsidiary inherits its
-- parent's origin (a flag of the relation, like `is_origin`). A former parent passes nothing on.
ALTER TABLE relations ADD COLUMN is_parent INTEGER NOT NULL DEFAULT 0 CHECK (is_parent IN (0, 1));
UPDATE relations SET is_parent = 1
WHERE name = 'subsidiary_of' AND from_kind = 'organisation' AND to_kind = 'organisation';
CREATE VIEW parent_relations AS
SELECT DISTINCT name AS relation FROM relations WHERE is_parent = 1;

-- Point 2. Where a firm comes from, by its own links or up its parents' chain: one row per
-- firm, origin claim and containing place, with the parent the origin is inherited from (`via_parent_id`
-- NULL for the firm's own claim) and how many steps up it is. A former parent passes nothing on.
CREATE VIEW firm_origins_through_parents AS
WITH RECURSIVE chain(organisation_id, parent_id, depth) AS (
    SELECT id, id, 0 FROM organisations
    UNION
    SELECT c.organisation_id, l.to_id, c.depth + 1
    FROM chain AS c
    JOIN links AS l ON l.from_id = c.parent_id AND l.relation IN (SELECT relation FROM parent_relations)
        AND l.to_kind = 'organisation'
    WHERE l.status <> 'former' AND c.depth < 8
)
SELECT c.organisation_id, o.organisation, o.origin, o.place_id, o.place, o.within_id, o.within,
       CASE WHEN c.depth = 0 THEN NULL ELSE c.parent_id END AS via_parent_id,
       CASE WHEN c.depth = 0 THEN NULL ELSE o.organisation END AS via_parent,
       c.depth, o.link_id, o.source_id
FROM chain AS c JOIN firm_origins AS o ON o.organisation_id = c.parent_id;

-- Point 3. Mineral families: a mineral may belong to a wider one (lignite to coal, iron ore to iron),
-- at any depth. `mineral_family_members` lists each family with every member, itself at depth 0.
ALTER TABLE minerals ADD COLUMN family_id INTEGER REFERENCES minerals(id);
CREATE INDEX minerals_by_family ON minerals(family_id) WHERE family_id IS NOT NULL;

CREATE VIEW mineral_family_members AS
WITH RECURSIVE members(family_id, mineral_id, depth) AS (
    SELECT id, id, 0 FROM minerals
    UNION
    SELECT fm.family_id, member.id, fm.depth + 1 FROM members AS fm JOIN minerals AS member ON member.family_id = fm.mineral_id
    WHERE fm.depth < 8
)
SELECT fm.family_id, family.name AS family, fm.mineral_id, member.name AS mineral, fm.depth
FROM members AS fm JOIN minerals AS family ON family.id = fm.family_id JOIN minerals AS member ON member.id = fm.mineral_id;

-- Reference members that were missing, then the families of the reference list, then synonyms.
CREATE TEMP TABLE new_reference_minerals (
    seq INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, symbol TEXT, mineral_group TEXT NOT NULL
);
INSERT INTO new_reference_minerals(name, symbol, mineral_group) VALUES
    ('anthracite', NULL, 'energy minerals'),
    ('bituminous coal', NULL, 'energy minerals'),
    ('sub-bituminous coal', NULL, 'energy minerals'),
    ('coking coal', NULL, 'energy minerals'),
    ('hematite', NULL, 'ferrous metals'),
    ('magnetite', NULL, 'ferrous metals'),
    ('copper ore', NULL, 'base metals'),
    ('lithium ore', NULL, 'battery metals');
CREATE TEMP TABLE new_reference_mineral_ids AS
    SELECT name, seq + (SELECT coalesce(max(id), 0) FROM entities) AS id FROM new_reference_minerals
    WHERE mkb_normalise(name) NOT IN (SELECT a.normalised FROM aliases AS a JOIN minerals AS m ON m.id = a.entity_id);
INSERT INTO entities(id, kind, name)
    SELECT i.id, 'mineral', m.name FROM new_reference_minerals AS m JOIN new_reference_mineral_ids AS i USING (name);
INSERT INTO minerals(id, name, symbol, mineral_group)
    SELECT i.id, m.name, m.symbol, m.mineral_group FROM new_reference_minerals AS m JOIN new_reference_mineral_ids AS i USING (name);
INSERT OR IGNORE INTO aliases(normalised, entity_id, alias)
    SELECT mkb_normalise(m.name), i.id, m.name FROM new_reference_minerals AS m JOIN new_reference_mineral_ids AS i USING (name);
INSERT OR IGNORE INTO reference_entities(entity_id) SELECT id FROM new_reference_mineral_ids;
DROP TABLE new_reference_minerals;
DROP TABLE new_reference_mineral_ids;

-- Member → family, by name, among reference minerals only (a document's own mineral of the same
-- name is not touched).
CREATE TEMP TABLE reference_families (member TEXT NOT NULL, family TEXT NOT NULL);
INSERT INTO reference_families(member, family) VALUES
    ('lignite', 'coal'),
    ('anthracite', 'coal'),
    ('bituminous coal', 'coal'),
    ('sub-bituminous coal', 'coal'),
    ('coking coal', 'coal'),
    ('iron ore', 'iron'),
    ('hematite', 'iron ore'),
    ('magnetite', 'iron ore'),
    ('chromite', 'chromium'),
    ('bauxite', 'aluminium'),
    ('copper ore', 'copper'),
    ('lithium ore', 'lithium'),
    ('neodymium', 'rare earth elements'),
    ('emerald', 'gemstones'),
    ('ruby', 'gemstones'),
    ('sapphire', 'gemstones'),
    ('diamond', 'gemstones'),
    ('tourmaline', 'gemstones'),
    ('topaz', 'gemstones'),
    ('peridot', 'gemstones');
UPDATE minerals SET family_id = (
    SELECT f.id FROM reference_families AS rf
    JOIN minerals AS f ON f.name = rf.family AND f.id IN (SELECT entity_id FROM reference_entities)
    WHERE rf.member = minerals.name)
WHERE id IN (SELECT entity_id FROM reference_entities)
  AND name IN (SELECT member FROM reference_families);
DROP TABLE reference_families;

CREATE TEMP TABLE reference_synonyms (name TEXT NOT NULL, alias TEXT NOT NULL);
INSERT INTO reference_synonyms(name, alias) VALUES
    ('lignite', 'brown coal'),
    ('anthracite', 'hard coal'),
    ('coking coal', 'metallurgical coal'),
    ('coking coal', 'met coal'),
    ('hematite', 'haematite'),
    ('iron ore', 'iron ores'),
    ('chromite', 'chrome ore'),
    ('copper ore', 'copper concentrate'),
    ('lithium ore', 'spodumene'),
    ('rare earth elements', 'rare earth'),
    ('rare earth elements', 'REEs');
INSERT OR IGNORE INTO aliases(normalised, entity_id, alias)
    SELECT mkb_normalise(s.alias), m.id, s.alias FROM reference_synonyms AS s
    JOIN minerals AS m ON m.name = s.name AND m.id IN (SELECT entity_id FROM reference_entities)
    WHERE mkb_normalise(s.alias) NOT IN (SELECT normalised FROM aliases);
DROP TABLE reference_synonyms;
