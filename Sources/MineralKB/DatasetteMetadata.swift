/// A Datasette metadata file (https://docs.datasette.io/en/stable/metadata.html) for a MineralKB
/// file: what each table and view holds, which column labels a row, useful facets, and canned
/// queries, so that `datasette serve kb.sqlite -m metadata.json` is useful at once.
struct DatasetteMetadata: Encodable {
    struct Database: Encodable {
        var description: String
        var tables: [String: Table]
        var queries: [String: Query]
    }

    struct Table: Encodable {
        var description: String?
        var label_column: String?
        var facets: [String]?
        var fts_table: String?
        var fts_pk: String?
    }

    struct Query: Encodable {
        var title: String
        var description: String
        var sql: String
        var params: [String]
    }

    var title = "MineralKB"
    var description = "A knowledge base of the mineral sector: who is active where, in which minerals, who met where, and who said what, every fact tied to its source."
    var databases: [String: Database]

    /// What each table and view holds, for the tables and views the base has.
    static let descriptions: [String: String] = [
        "entities": "One row per thing known (organisation, person, place, mineral, forum, project); the kind tables add their own columns.",
        "organisations": "Firms, state enterprises, government bodies, media, associations and universities.",
        "people": "People named by the sources.",
        "places": "Countries, provinces, cities and sites, each inside its parent (any depth); ISO 3166 places are reference data.",
        "minerals": "Mineral commodities with symbol and group (reference data).",
        "forums": "Events: conferences, forums, meetings, with their dates.",
        "projects": "Mines, deposits, plants, blocks and concessions, with type and status.",
        "aliases": "Every name of an entity, with the normalised form it is looked up by.",
        "place_ancestors": "Each place with every place that contains it (itself at depth 0).",
        "relations": "The kinds of link: name, the kinds it joins, its category and its words.",
        "links": "One row per claim: relation, from, to, role as printed, share, quantity, since/until with qualifier, as-of, status.",
        "sources": "The documents every fact comes from: articles, reports, filings, datasets.",
        "entity_sources": "Which sources report each entity, with the supporting sentence.",
        "link_sources": "Which sources back each link, with the supporting sentence.",
        "quotes": "What people said, direct or paraphrased, with speaker, role, organisation, forum and source. Searchable.",
        "quote_mentions": "What each quote mentions: minerals, places, organisations, projects.",
        "quotes_fts": "The full-text index of the quotes' text.",
        "entity_kinds": "The kinds of entity.",
        "firm_presence": "One row per firm, place it is present in and every place containing it (within), per source: filter within = 'Pakistan'.",
        "firm_origins": "Where each firm comes from (based in, headquartered in), with every containing place.",
        "quote_details": "One row per quote with speaker, role, organisation, forum and source.",
        "edges": "Every link as from → relation → to with its source, plus the place hierarchy and what quotes mention.",
        "link_details": "Every link with its relation's words and category, its two ends by name, and each source.",
        "affiliations": "Person ↔ organisation: who works where, with the title as printed.",
        "stakes": "Organisation ↔ project: operators, owners with their share, contractors.",
        "commodities": "Organisation, place or project ↔ mineral: interests, production, exploration, reserves.",
        "partnerships": "Organisation ↔ organisation: subsidiaries, partners, joint ventures, MoUs.",
        "participations": "Person or organisation ↔ forum: organisers, speakers, attendees, sponsors.",
        // Identity and curation (migration 0006).
        "identifiers": "What tells entities of one name apart: scheme and value (wikidata, lei, opensanctions, iso3166, ...), one entity each, with the source that first gave it.",
        "reference_entities": "The countries, subdivisions and minerals that ship with every base: never removed by a retraction.",
        "merged_entities": "Entities merged into another: the old id and name, so that they still find the entity they became.",
        "changes": "The audit log: one row per curation (retract, merge, alias, rename) or re-import that replaced a source's facts, with the ids it touched.",
        "curated_names": "Names a curator added, removed or gave by renaming, kept so that an export carries them.",
        // Settings and domain rules (0008), name search (0009).
        "settings": "Settings of the base, such as the version of the name normaliser that made every alias's key.",
        "relation_categories": "The groups relations fall into (presence, stake, affiliation, ...), with the headings reports give them, in report order.",
        "name_search": "Every normalised name once per entity, indexed in trigrams (name_search_fts) for search with typos.",
        // Presence, origin and mineral families (0010).
        "project_presence_relations": "The stakes in a project (operates, owns, ...) that make a firm present where the project is.",
        "parent_relations": "The relations that make one organisation the parent of another, whose origin a subsidiary inherits.",
        "firm_origins_through_parents": "Where each firm comes from, by its own links or up its parents' chain: the parent it inherits from (via_parent) and how many steps up.",
        "mineral_family_members": "Each mineral family with every member at any depth (lignite in coal), itself at depth 0.",
        // Sources, certainty, roles and names (0011).
        "place_parent_sources": "The sources that state a place's parent, with their sentence and how sure they are.",
        "forum_figures": "Figures of a forum (attendance, delegations) as each source gives them, side by side where they disagree.",
        "quote_subjects": "What the text around a quote says it is about, besides what it names.",
    ]

    /// The column that names a row, where Datasette would not find it alone.
    static let labelColumns: [String: String] = [
        "entities": "name", "organisations": "name", "people": "name", "places": "name", "minerals": "name",
        "forums": "name", "projects": "name", "sources": "name", "relations": "label", "quotes": "text",
    ]

    /// Facets offered on each table and view.
    static let facets: [String: [String]] = [
        "entities": ["kind"], "organisations": ["organisation_type"], "places": ["place_type"], "minerals": ["mineral_group"],
        "projects": ["project_type", "status"], "links": ["relation", "status"], "sources": ["source_type", "published_on"],
        "quotes": ["form", "speaker_id", "forum_id"], "relations": ["category"],
        "firm_presence": ["presence", "within", "organisation_type", "status"], "quote_details": ["speaker", "forum", "form"],
        "link_details": ["category", "relation", "status"], "affiliations": ["organisation"], "stakes": ["relation", "project"],
        "commodities": ["relation", "mineral"], "partnerships": ["relation"], "participations": ["relation", "forum"],
    ]

    /// Canned queries: the questions the base is for, answerable from a form.
    static let queries: [String: Query] = [
        "firms_active_in": Query(
            title: "Firms active in a place",
            description: "Every firm present in a country, province or city (or anywhere inside it), with how, since when and the source. Give the place's name or code (Pakistan, PK, Sindh).",
            sql: """
                SELECT DISTINCT fp.organisation, fp.organisation_type, fp.presence, fp.detail, fp.place, fp.since, fp.since_qualifier,
                       fp.until, fp.status, fp.source, fp.evidence
                FROM firm_presence AS fp
                WHERE fp.within_id IN (SELECT a.entity_id FROM aliases AS a JOIN places AS p ON p.id = a.entity_id
                                       WHERE a.alias = :place COLLATE NOCASE)
                ORDER BY fp.organisation, fp.place, fp.source
                """,
            params: ["place"]),
        "relationships": Query(
            title: "Relationship report",
            description: "Every link to or from one entity, by any of its names, each with its source and the supporting sentence.",
            sql: """
                SELECT ld.from_name, ld.label, ld.to_name, ld.role, ld.share_percent, ld.since, ld.since_qualifier, ld.until,
                       ld.until_qualifier, ld.as_of, ld.status, ld.source, ld.evidence
                FROM link_details AS ld
                WHERE ld.from_id IN (SELECT entity_id FROM aliases WHERE alias = :name COLLATE NOCASE)
                   OR ld.to_id IN (SELECT entity_id FROM aliases WHERE alias = :name COLLATE NOCASE)
                ORDER BY ld.category, ld.relation, ld.link_id
                """,
            params: ["name"]),
        "quote_search": Query(
            title: "Search what was said",
            description: "Quotes whose text matches full-text search terms (SQLite FTS5 syntax: copper, \"mineral resources\", copper OR gold), best first.",
            sql: """
                SELECT q.quote_id, q.text, q.form, q.speaker, q.speaker_role, q.organisation, q.forum, q.said_on, q.source
                FROM quotes_fts JOIN quote_details AS q ON q.quote_id = quotes_fts.rowid
                WHERE quotes_fts MATCH :query
                ORDER BY quotes_fts.rank, q.quote_id
                """,
            params: ["query"]),
    ]
}
