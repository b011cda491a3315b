-- Answers analysts expect (issue 12, points 5 to 11): what a source is and relays, how sure each
-- claim is, more roles in projects, where a place's parent comes from, the kinds of other names,
-- quotes as printed and forums as events. Every new column is NULL where a document does not say:
-- nothing is invented for the rows already there.

-- 7. Sources say more: the statement a source relays ("citing an official statement"; the agency
-- itself is `via_id`), how its date is known, and an analyst's note.
ALTER TABLE sources ADD COLUMN relays TEXT;
ALTER TABLE sources ADD COLUMN date_basis TEXT CHECK (date_basis IN ('printed', 'url', 'dateline', 'metadata', 'other'));
ALTER TABLE sources ADD COLUMN note TEXT;

-- 8. How sure a claim is, as each source backs it, and the analyst's note kept apart from the
-- source's own sentence (evidence). NULL: the document does not say (read as stated).
ALTER TABLE link_sources ADD COLUMN certainty TEXT CHECK (certainty IN ('stated', 'inferred', 'uncertain'));
ALTER TABLE link_sources ADD COLUMN note TEXT;

-- 9. Roles in interests: a holding through a named holding company (`through_id`), a prospective
-- investor, a former holder, a lease holder. A lease holder is present where its project is.
ALTER TABLE links ADD COLUMN through_id INTEGER REFERENCES organisations(id);
CREATE INDEX links_by_through ON links(through_id) WHERE through_id IS NOT NULL;
INSERT INTO relations(name, from_kind, to_kind, category, label) VALUES
    ('holds_interest_in',       'organisation', 'project', 'stake', 'holds an interest in'),
    ('prospective_investor_in', 'organisation', 'project', 'stake', 'is a prospective investor in'),
    ('former_holder_of',        'organisation', 'project', 'stake', 'was a holder of'),
    ('lease_holder_of',         'organisation', 'project', 'stake', 'holds the lease of');
UPDATE relations SET is_presence_through_project = 1 WHERE name IN ('holds_interest_in', 'lease_holder_of');

-- 10. A place's parent with its provenance: the sources that state it (like a link's), or marked
-- as background knowledge when none does. `parent_basis` NULL: not recorded (reference data, bases
-- from before this migration).
ALTER TABLE places ADD COLUMN parent_basis TEXT CHECK (parent_basis IN ('sourced', 'background'));
CREATE TABLE place_parent_sources (
    place_id  INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    evidence  TEXT,
    certainty TEXT CHECK (certainty IN ('stated', 'inferred', 'uncertain')),
    note      TEXT,
    PRIMARY KEY (place_id, source_id)
) WITHOUT ROWID;
CREATE INDEX place_parent_sources_by_source ON place_parent_sources(source_id);

-- 11. Other names have a kind (former name, misprint, abbreviation, transliteration) and, for a
-- former name, when it changed. NULL: a plain alias.
ALTER TABLE aliases ADD COLUMN alias_kind TEXT CHECK (alias_kind IN ('former name', 'misprint', 'abbreviation', 'transliteration', 'spelling'));
ALTER TABLE aliases ADD COLUMN changed_on TEXT;

-- 6. Forums are events: what kind, on what theme, whether held, and where (a place). A figure such as
-- attendance is a claim of one source: sources that disagree keep a row each, side by side. An
-- agreement signed at a forum (an MoU between two organisations) names it (`links.forum_id`).
ALTER TABLE forums ADD COLUMN forum_kind TEXT CHECK (forum_kind IN ('forum', 'conference', 'ceremony', 'signing', 'exhibition', 'meeting'));
ALTER TABLE forums ADD COLUMN theme TEXT;
ALTER TABLE forums ADD COLUMN status TEXT CHECK (status IN ('planned', 'held', 'cancelled', 'postponed'));
ALTER TABLE forums ADD COLUMN venue_id INTEGER REFERENCES places(id);
CREATE TABLE forum_figures (
    forum_id  INTEGER NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    figure    TEXT NOT NULL CHECK (length(trim(figure)) > 0),
    value     REAL NOT NULL,
    qualifier TEXT CHECK (qualifier IN ('exactly', 'about', 'more than', 'at least', 'fewer than', 'at most')),
    -- As printed: "over 850 participants".
    printed   TEXT,
    PRIMARY KEY (forum_id, source_id, figure, value)
) WITHOUT ROWID;
CREATE INDEX forum_figures_by_source ON forum_figures(source_id);
ALTER TABLE links ADD COLUMN forum_id INTEGER REFERENCES forums(id);
CREATE INDEX links_by_forum ON links(forum_id) WHERE forum_id IS NOT NULL;

-- 5. Quotes as printed: a fragment or not, how it was attributed (explicitly, or implicitly and
-- why), how sure the attribution is, who spoke (a person, an organisation, or a document it was
-- printed in), and what the surrounding text says it is about, besides what it names.
ALTER TABLE quotes ADD COLUMN is_fragment INTEGER CHECK (is_fragment IN (0, 1));
ALTER TABLE quotes ADD COLUMN attribution TEXT CHECK (attribution IN ('explicit', 'implicit'));
ALTER TABLE quotes ADD COLUMN attribution_note TEXT;
ALTER TABLE quotes ADD COLUMN attribution_certainty TEXT CHECK (attribution_certainty IN ('stated', 'inferred', 'uncertain'));
ALTER TABLE quotes ADD COLUMN spoken_by TEXT CHECK (spoken_by IN ('person', 'organisation', 'document'));
ALTER TABLE quotes ADD COLUMN printed_in TEXT;
CREATE TABLE quote_subjects (
    quote_id  INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (quote_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX quote_subjects_by_entity ON quote_subjects(entity_id);

-- quote_details again, with those columns after the old ones, and the rewording's original source.
DROP VIEW quote_details;
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
       s.name AS source,
       s.published_on,
       q.original_quote_id,
       q.is_fragment,
       q.attribution,
       q.attribution_note,
       q.attribution_certainty,
       q.spoken_by,
       q.printed_in,
       (SELECT os.name FROM quotes AS oq JOIN sources AS os ON os.id = oq.source_id WHERE oq.id = q.original_quote_id) AS original_source,
       (SELECT group_concat(e.name, '; ') FROM quote_subjects AS qs JOIN entities AS e ON e.id = qs.entity_id WHERE qs.quote_id = q.id) AS about
FROM quotes AS q
JOIN sources AS s ON s.id = q.source_id
LEFT JOIN people AS sp ON sp.id = q.speaker_id
LEFT JOIN organisations AS o ON o.id = q.organisation_id
LEFT JOIN forums AS f ON f.id = q.forum_id
LEFT JOIN organisations AS t ON t.id = q.told_to_id;
