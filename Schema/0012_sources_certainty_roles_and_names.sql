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
INSERT INTO project_presence_relations(relation) VALUES ('holds_interest_in'), ('lease_holder_of');

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
