import ArgumentParser
import MineralKB

/// `mkb quotes`: who said what, filtered by speaker, organisation, forum, subject, words and dates.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Find quotes by speaker, organisation, forum, what they mention, words and dates.",
        discussion: """
            Filters combine (all must hold). --search finds every word given, in any order, ignoring case \
            and accents; results then come best match first, the text shown once, as match, with the hits in [brackets] \
            (with no other filter, only the 500 most recently added matches are ranked; older ones follow, newest first). \
            Otherwise the newest quotes come first. A quote whose document gives no date has no said_on; \
            it is sorted and filtered by its source's date, published_on. Results come in pages: --limit \
            (default 50) and --offset.

            Columns (the defaults first; --columns picks, --wide shows all): \(Listing.columnHelp(QuotesCommand.columns(searching: false)))

            Example:
              mkb quotes --search "mining equipment" --since 2026-01
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var choice: ColumnOptions

    @Option(name: .long, help: ArgumentHelp("Said by this person.", valueName: "person"))
    var by: String?

    @Option(name: .long, help: ArgumentHelp("Said on behalf of this organisation.", valueName: "organisation"))
    var org: String?

    @Option(name: .long, help: ArgumentHelp("Said at this forum.", valueName: "forum"))
    var at: String?

    @Option(name: .long, help: ArgumentHelp("Mentioning this entity (a mineral, a place, a firm...).", valueName: "entity"))
    var mentions: String?

    @Option(name: .long, help: ArgumentHelp("Words to find in the text.", valueName: "text"))
    var search: String?

    @Option(name: .long, help: ArgumentHelp("Said on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"),
            transform: FirmsCommand.partialDate)
    var since: PartialDate?

    @Option(name: .long, help: ArgumentHelp("Said on or before this date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"),
            transform: FirmsCommand.partialDate)
    var until: PartialDate?

    @Option(name: .long, help: "At most this many quotes (a page).")
    var limit = QuoteFilter.defaultLimit

    @Option(name: .long, help: "Skip this many quotes first: --offset 50 is the second page of 50.")
    var offset = 0

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
        if offset < 0 { throw ValidationError("--offset must not be negative.") }
    }

    func run() throws {
        let kb = try global.openForReading()
        let quotes = try kb.quotes(matching: QuoteFilter(speaker: by, organisation: org, forum: at, mentions: mentions,
                                                         search: search, since: since, until: until, limit: limit, offset: offset))
        try Listing.print(quotes, columns: QuotesCommand.columns(searching: search != nil), options: output, chosen: choice.names,
                          empty: offset > 0 ? "no quotes after the first \(offset) (--offset \(offset) skipped them)" : "no quotes match")
    }

    /// One row per quote; the names are those of the `quote_details` view. A search shows the text once,
    /// as `match` with the hits in [brackets]; the plain `text` is then on request.
    static func columns(searching: Bool) -> [ListingColumn<QuoteRow>] {
        var text = ListingColumn<QuoteRow>.text("text") { $0.text }.wrapped(atLeast: 30)
        var match = ListingColumn<QuoteRow>.text("match") { $0.snippet ?? $0.text }.wrapped(atLeast: 30)
        if searching { text = text.onRequest() } else { match = match.onRequest() }
        return [
            .integer("quote_id") { Int($0.id) }.onRequest(),
            .text("said_on") { $0.saidOn },
            .text("speaker") { $0.speaker?.name },
            .integer("speaker_id") { $0.speaker.map { Int($0.id) } }.onRequest(),
            .text("speaker_role") { $0.speakerRole }.droppable(7),
            .text("organisation") { $0.organisation?.name }.droppable(5),
            .integer("organisation_id") { $0.organisation.map { Int($0.id) } }.onRequest(),
            .text("forum") { $0.forum?.name }.droppable(6),
            .integer("forum_id") { $0.forum.map { Int($0.id) } }.onRequest(),
            .text("form") { $0.form }.droppable(8),
            text,
            match,
            .text("rewording_of") { $0.originalSource.map { "rewording of " + $0 } }.droppable(9),
            .text("told_to") { $0.toldTo }.onRequest(),
            .text("source") { $0.source.label }.droppable(4),
            .integer("source_id") { Int($0.source.sourceID) }.onRequest(),
            // The source's date, beside the quote's own (nil when the document gives none).
            .text("published_on") { $0.source.publishedOn }.droppable(9),
            .text("fragment") { $0.isFragment.map { $0 ? "yes" : "no" } }.onRequest(),
            .text("attribution") { $0.attribution }.onRequest(),
            .text("attribution_note") { $0.attributionNote }.onRequest(),
            .text("attribution_certainty") { $0.attributionCertainty }.onRequest(),
            .text("spoken_by") { $0.spokenBy }.onRequest(),
            .text("printed_in") { $0.printedIn }.onRequest(),
            .text("about") { $0.about }.onRequest(),
            .integer("original_quote_id") { $0.originalQuoteID.map(Int.init) }.onRequest(),
        ]
    }
}
