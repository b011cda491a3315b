import ArgumentParser
import MineralKB

/// `mkb firms`: the firms active in a place.
struct FirmsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "firms",
        abstract: "The firms active in a place (or anywhere inside it), with where, since when and the source.",
        discussion: """
            A place counts everything inside it: an office in Karachi is an office in Sindh and in Pakistan. \
            Names are matched through their aliases, whatever the case, accents or dashes.

            Example:
              mkb firms --active-in Pakistan --from China --mineral copper
              mkb firms --active-in Sindh --status any --format csv
            """
    )

    /// The --status values: one link status, or any.
    enum StatusChoice: String, CaseIterable, ExpressibleByArgument {
        case active, former, planned, any
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .customLong("active-in"), help: ArgumentHelp("The place: a country, province, city or site.", valueName: "place"))
    var place: String

    @Option(name: .long, help: ArgumentHelp("Only firms from this country or region (where they are based).", valueName: "country"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Only firms linked to this mineral, directly or through a project.", valueName: "mineral"))
    var mineral: String?

    @Option(name: .long, help: "Only presences with this status: active, former, planned or any.")
    var status: StatusChoice = .active

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Only this kind of presence (has_office_in, operates_in, ...); repeat for several.", valueName: "relation"))
    var presence: [String] = []

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Only presences holding on this date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"),
            transform: FirmsCommand.partialDate)
    var asOf: PartialDate?

    func run() throws {
        let kb = try global.openForReading()
        let filter = FirmFilter(from: from, mineral: mineral, presenceKinds: presence.isEmpty ? nil : presence,
                                status: status == .any ? nil : LinkStatus(rawValue: status.rawValue), asOf: asOf)
        let rows = try kb.firmsActive(in: place, filter: filter)
        try Listing.print(rows, columns: FirmsCommand.columns, format: output)
    }

    static var columns: [ListingColumn<FirmPresence>] { [
        .text("organisation") { $0.organisation.name },
        .text("type") { $0.organisationType },
        .text("from") { $0.origins.isEmpty ? nil : $0.origins.joined(separator: ", ") },
        .text("presence") { $0.presence },
        .text("detail") { $0.detail },
        .text("place") { $0.place.name },
        .text("since") { $0.since?.description },
        .text("until") { $0.until?.description },
        .text("status") { $0.status },
        .text("sources") { $0.sources.isEmpty ? nil : $0.sources.map(\.label).joined(separator: "; ") },
    ] }

    /// Parses a partial ISO date, or explains the expected form (a usage error, exit 2).
    static func partialDate(_ text: String) throws -> PartialDate {
        guard let date = PartialDate(text) else {
            throw ValidationError("\"\(text)\" is not a date; expected \(PartialDate.expectation)")
        }
        return date
    }
}
