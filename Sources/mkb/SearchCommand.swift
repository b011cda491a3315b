import ArgumentParser
import MineralKB

/// `mkb search`: entities by any part of any name or alias, typos forgiven.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find entities by any part of any name or alias, best match first, typos forgiven.",
        discussion: """
            Prints each entity's kind, name, id and a few words that tell it apart. Any command that takes \
            a name also takes #ID, the id printed here and in reports (mkb report '#42'). --kind organisation \
            (repeatable) keeps one kind.

            Example:
              mkb search "Jiaozou Creation"
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: "Any part of a name or alias.")
    var text: String

    @Option(name: .long, help: ArgumentHelp("Only entities of this kind; repeat for several.", valueName: "kind"))
    var kind: [EntityKind] = []

    @Option(name: .long, help: "The most entities to list.")
    var limit = 20

    func validate() throws {
        guard KnowledgeBase.searchLimits.contains(limit) else {
            throw ValidationError("--limit must be 1 to \(KnowledgeBase.searchLimits.upperBound), not \(limit).")
        }
    }

    func run() throws {
        let kb = try global.openForReading()
        let matches = try kb.search(text, kinds: kind.isEmpty ? Set(EntityKind.allCases) : Set(kind), limit: limit)
        try Listing.print(matches, columns: SearchCommand.columns, options: output, empty: "no entity has a name like \"\(text)\"")
    }

    static var columns: [ListingColumn<NameMatch>] { [
        .text("kind") { $0.entity.kind.rawValue },
        .text("name") { $0.entity.name },
        .text("id") { "#\($0.entity.id)" },
        .text("description") { $0.context },
        .text("matched") { $0.matchedName },
        .real("score") { $0.score },
    ] }
}

extension EntityKind: ExpressibleByArgument {}
