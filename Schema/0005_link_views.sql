-- Views over the links table, one per kind of link, so that ad-hoc SQL reads like the domain:
-- SELECT * FROM affiliations WHERE organisation LIKE 'Jiaozuo%'. One row per link and source.

CREATE VIEW link_details AS
SELECT l.id AS link_id,
       r.category,
       l.relation,
       r.label,
       l.from_id, l.from_kind, f.name AS from_name,
       l.to_id, l.to_kind, t.name AS to_name,
       l.role, l.share_percent, l.quantity, l.unit,
       l.since, l.since_qualifier, l.until, l.until_qualifier, l.as_of, l.status,
       s.id AS source_id, s.label AS source, s.published_on, ls.evidence
FROM links AS l
JOIN relations AS r ON r.name = l.relation AND r.from_kind = l.from_kind AND r.to_kind = l.to_kind
JOIN entities AS f ON f.id = l.from_id
JOIN entities AS t ON t.id = l.to_id
LEFT JOIN link_sources AS ls ON ls.link_id = l.id
LEFT JOIN sources AS s ON s.id = ls.source_id;

-- Person ↔ organisation: who works where, with the title as printed.
CREATE VIEW affiliations AS
SELECT from_id AS person_id, from_name AS person, relation, to_id AS organisation_id, to_name AS organisation,
       role AS title, as_of, since, until, status, source_id, source, evidence, link_id
FROM link_details WHERE category = 'affiliation';

-- Organisation ↔ project: operators, owners with their share, contractors.
CREATE VIEW stakes AS
SELECT from_id AS organisation_id, from_name AS organisation, relation, to_id AS project_id, to_name AS project,
       share_percent, role AS detail, since, since_qualifier, until, until_qualifier, status, source_id, source, evidence, link_id
FROM link_details WHERE category = 'stake';

-- Organisation, place or project ↔ mineral: interests, production, exploration, reserves.
CREATE VIEW commodities AS
SELECT from_id AS holder_id, from_kind AS holder_kind, from_name AS holder, relation, to_id AS mineral_id, to_name AS mineral,
       role AS detail, quantity, unit, since, until, as_of, status, source_id, source, evidence, link_id
FROM link_details WHERE category = 'commodity';

-- Organisation ↔ organisation: subsidiaries, partners, joint ventures, MoUs.
CREATE VIEW partnerships AS
SELECT from_id AS organisation_id, from_name AS organisation, relation, to_id AS partner_id, to_name AS partner,
       role AS detail, since, until, status, source_id, source, evidence, link_id
FROM link_details WHERE category = 'partnership';

-- Person or organisation ↔ forum: organisers, speakers, attendees, sponsors.
CREATE VIEW participations AS
SELECT from_id AS participant_id, from_kind AS participant_kind, from_name AS participant, relation,
       to_id AS forum_id, to_name AS forum, role AS detail, as_of, source_id, source, evidence, link_id
FROM link_details WHERE category = 'participation';
