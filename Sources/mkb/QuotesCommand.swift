import ArgumentParser
import MineralKB

/// `mkb quotes`: who said what, filtered by speaker, organisation, forum, subject, words and dates.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Find quotes by speaker, organisation, forum, what they mention, words and dates.",
        discussion: """
            Filters combine (all must hold). --search finds every word given, in any order, ignoring case \
            and accents; results then come best match first, with the matching passage in [brackets]. \
            Otherwise the newest quotes come first.

            Example:
              mkb quotes --at "Pak-China Mineral Cooperation Forum" --mentions copper
              mkb quotes --search "mining equipment" --since 2026-01 --format markdown
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

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

    @Option(name: .long, help: "At most this many quotes.")
    var limit = 1000

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let kb = try global.openForReading()
        let quotes = try kb.quotes(matching: QuoteFilter(speaker: by, organisation: org, forum: at, mentions: mentions,
                                                         search: search, since: since, until: until, limit: limit))
        var columns: [ListingColumn<QuoteRow>] = [
            .text("said_on") { $0.saidOn },
            .text("speaker") { $0.speaker?.name },
            .text("role") { $0.speakerRole },
            .text("organisation") { $0.organisation?.name },
            .text("forum") { $0.forum?.name },
            .text("form") { $0.form },
            .text("text") { $0.text },
        ]
        if search != nil { columns.append(.text("match") { $0.snippet }) }
        columns.append(.text("source") { $0.source.label })
        try Listing.print(quotes, columns: columns, format: output)
    }
}
