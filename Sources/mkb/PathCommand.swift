import ArgumentParser
import MineralKB

/// `mkb path`: the shortest chain of links between two entities.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "The shortest chain of links between two entities, each step with its source.",
        discussion: """
            Links and the place hierarchy are tried first; what a speaker's quotes mention is used only when \
            they do not connect the two. --via business keeps to links between entities (no place hierarchy, \
            no quotes); --via hierarchy adds the place hierarchy. One row per step. When no chain of at most --max-depth steps exists, \
            it says so and exits with 1.

            Columns (the defaults first; --columns picks, --wide shows all): \(Listing.columnHelp(PathCommand.columns))

            Example:
              mkb path "Min Ziheng" Karachi --via business
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var choice: ColumnOptions

    @Argument(help: "Where the chain starts: a name or alias.")
    var from: String

    @Argument(help: "Where the chain ends: a name or alias.")
    var to: String

    @Option(name: .customLong("max-depth"), help: "The longest chain to look for, in steps (1 to 12).")
    var maxDepth = 4

    @Option(name: .long, help: "Which connections the chain may take: business (links only), hierarchy (links and the place hierarchy) or all.")
    var via: PathScope = .all

    func validate() throws {
        guard KnowledgeBase.pathDepths.contains(maxDepth) else {
            throw ValidationError("--max-depth must be 1 to \(KnowledgeBase.pathDepths.upperBound), not \(maxDepth).")
        }
    }

    func run() throws {
        let kb = try global.openForReading()
        guard let hops = try kb.shortestPath(from: from, to: to, maxDepth: maxDepth, via: via) else {
            throw UserError(try PathCommand.noChain(kb, from: from, to: to, maxDepth: maxDepth, via: via))
        }
        let steps = hops.enumerated().map { PathStep(step: $0.offset + 1, hop: $0.element) }
        try Listing.print(steps, columns: PathCommand.columns, options: output, chosen: choice.names,
                          empty: "\"\(from)\" and \"\(to)\" name the same entity: the chain has no steps")
    }

    /// Why no chain was found, with the next thing to try: a larger --max-depth only when there is one
    /// and both ends have links at all.
    static func noChain(_ kb: KnowledgeBase, from: String, to: String, maxDepth: Int, via: PathScope) throws -> String {
        let message = "no chain of \(via == .business ? "business " : "")links of \(maxDepth) step\(maxDepth == 1 ? "" : "s") or fewer connects \"\(from)\" and \"\(to)\""
        for name in [from, to] where try kb.connectionCount(of: name) == 0 {
            return message + "; \"\(name)\" has no links at all, so no chain can reach it"
        }
        if maxDepth < KnowledgeBase.pathDepths.upperBound {
            return message + "; try a larger --max-depth (up to \(KnowledgeBase.pathDepths.upperBound))"
        }
        return message + "; they are not connected within the longest chain searched"
    }

    /// One row per step: the step leaves `from` and reaches `to` along `relation`, read in its stored
    /// direction when `direction` is `forward` (`from relation to`) and the other way when `backward`.
    static var columns: [ListingColumn<PathStep>] { [
        .integer("step") { $0.step },
        .text("from") { $0.hop.start.name },
        .integer("from_id") { Int($0.hop.start.id) }.onRequest(),
        .text("relation") { $0.hop.connection.relation },
        .text("direction") { $0.hop.isReversed ? "backward" : "forward" },
        .text("to") { $0.hop.end.name },
        .integer("to_id") { Int($0.hop.end.id) }.onRequest(),
        .text("detail") { $0.hop.connection.detail }.droppable(1),
        .sources("sources") { $0.hop.connection.sources }.droppable(2),
    ] }

    /// One numbered step of the chain.
    struct PathStep {
        let step: Int
        let hop: PathHop
    }
}

extension PathScope: ExpressibleByArgument {}
