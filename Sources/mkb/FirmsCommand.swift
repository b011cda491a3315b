import ArgumentParser
import MineralKB

/// `mkb firms`: the firms active in a place.
struct FirmsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "firms",
        abstract: "The firms active in a place (or anywhere inside it), with where, since when and the source.",
        discussion: """
            A place counts everything inside it: an office in Karachi is an office in Sindh and in Pakistan. \
            A firm that operates, owns or contracts for a project located there is active there too (detail: \
            "via" the project), and a firm is from where it or a parent up its subsidiary_of chain is based \
            (from: "via parent ..."); --direct keeps to the firm's own links. A mineral finds its family: \
            coal finds lignite. Names are matched through their aliases, whatever the case, accents or dashes.

            Long lists come in pages: --limit 50 --offset 50 is the second page of fifty. Without --limit \
            every row is printed, csv and jsonl as the rows come.

            Columns (the defaults first; --columns picks, --wide shows all): \(Listing.columnHelp(FirmsCommand.columns))

            Example:
              mkb firms --active-in Pakistan --columns organisation,place,since
            """
    )

    /// The --status values: one link status, or any.
    enum StatusChoice: String, CaseIterable, ExpressibleByArgument {
        case active, former, planned, any
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var choice: ColumnOptions

    @Option(name: .customLong("active-in"), help: ArgumentHelp("The place: a country, province, city or site.", valueName: "place"))
    var place: String

    @Option(name: .long, help: ArgumentHelp("Only firms from this country or region (where they or their parents are based).", valueName: "country"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Only firms linked to this mineral or its family, directly or through a project.", valueName: "mineral"))
    var mineral: String?

    @Flag(name: .long, help: "Only the firm's own links: no presence through projects, no origin through parents.")
    var direct = false

    @Flag(name: .customLong("stated-only"), help: "Leave out presences that every source marks inferred or uncertain.")
    var statedOnly = false

    @Option(name: .long, help: "Only presences with this status.")
    var status: StatusChoice = .active

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Only this kind of presence (has_office_in, operates_in, ...); repeat for several.", valueName: "relation"))
    var presence: [String] = []

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Only presences holding on this date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"),
            transform: FirmsCommand.partialDate)
    var asOf: PartialDate?

    @Option(name: .long, help: "At most this many rows (a page); all when not given.")
    var limit: Int?

    @Option(name: .long, help: "Skip this many rows first (with --limit: the page after them).")
    var offset = 0

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1.") }
        if offset < 0 { throw ValidationError("--offset must not be negative.") }
    }

    func run() throws {
        let kb = try global.openForReading()
        if !presence.isEmpty {
            let known = try kb.presenceKinds()
            for kind in presence where !known.contains(kind) {
                throw UsageError("--presence: no presence called \"\(kind)\"; choose from: \(known.joined(separator: ", "))")
            }
        }
        let filter = FirmFilter(from: from, mineral: mineral, presenceKinds: presence.isEmpty ? nil : presence,
                                status: status == .any ? nil : LinkStatus(rawValue: status.rawValue), asOf: asOf, direct: direct,
                                statedOnly: statedOnly)
        try Listing.stream(columns: FirmsCommand.columns, options: output, chosen: choice.names,
                           empty: offset > 0 ? "no firms in \(place) after the first \(offset) (--offset \(offset) skipped them)"
                               : "no firms match in \(place)" + (status == .active ? " (only active presences; --status any shows all)" : "")) { row in
            try kb.forEachFirmActive(in: place, filter: filter, limit: limit, offset: offset, row)
        }
    }

    /// One row per firm and place; the names are those of the `firm_presence` view where it has them.
    static var columns: [ListingColumn<FirmPresence>] { [
        .text("organisation") { $0.organisation.name },
        .integer("organisation_id") { Int($0.organisation.id) }.onRequest(),
        .text("organisation_type") { $0.organisationType }.droppable(7),
        .list("from") { $0.origins }.droppable(4),
        .text("presence") { $0.presence }.droppable(2),
        .text("detail") { $0.explanation }.droppable(6),
        .text("via_project") { $0.viaProject?.name }.onRequest(),
        .integer("via_project_id") { $0.viaProject.map { Int($0.id) } }.onRequest(),
        .text("place") { $0.place.name },
        .integer("place_id") { Int($0.place.id) }.onRequest(),
        .text("since") { $0.since?.date },
        .text("since_qualifier") { $0.since?.qualifier }.droppable(3),
        .text("until") { $0.until?.date }.droppable(9),
        .text("until_qualifier") { $0.until?.qualifier }.droppable(10),
        .text("status") { $0.status }.droppable(8),
        .sources("sources") { $0.sources }.droppable(5),
        .list("certainty") { $0.sources.compactMap(\.certainty) }.onRequest(),
    ] }

    /// Parses a partial ISO date, or explains the expected form (a usage error, exit 2).
    static func partialDate(_ text: String) throws -> PartialDate {
        guard let date = PartialDate(text) else {
            throw ValidationError("\"\(text)\" is not a date; expected \(PartialDate.expectation)")
        }
        return date
    }
}
