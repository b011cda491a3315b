import ArgumentParser
import MineralKB

/// `mkb path`: the shortest chain of links between two entities.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "The shortest chain of links between two entities, each step with its source.",
        discussion: """
            Links and the place hierarchy are tried first; what a speaker's quotes mention is used only when \
            they do not connect the two. One row per step. When no chain of at most --max-depth steps exists, \
            it says so and exits with 1.

            Example:
              mkb path "Min Ziheng" Karachi
              mkb path JCHI copper --max-depth 6 --format json
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: "Where the chain starts: a name or alias.")
    var from: String

    @Argument(help: "Where the chain ends: a name or alias.")
    var to: String

    @Option(name: .customLong("max-depth"), help: "The longest chain to look for, in steps (1 to 12).")
    var maxDepth = 4

    func validate() throws {
        guard KnowledgeBase.pathDepths.contains(maxDepth) else {
            throw ValidationError("--max-depth must be 1 to \(KnowledgeBase.pathDepths.upperBound), not \(maxDepth).")
        }
    }

    func run() throws {
        let kb = try global.openForReading()
        guard let hops = try kb.shortestPath(from: from, to: to, maxDepth: maxDepth) else {
            printError("no chain of links of \(maxDepth) step\(maxDepth == 1 ? "" : "s") or fewer connects \"\(from)\" and \"\(to)\"; "
                + "try a larger --max-depth")
            throw ExitCode(1)
        }
        if hops.isEmpty {
            printError("\"\(from)\" and \"\(to)\" name the same entity: the chain has no steps")
        }
        let steps = hops.enumerated().map { PathStep(step: $0.offset + 1, hop: $0.element) }
        try Listing.print(steps, columns: [
            .integer("step") { $0.step },
            .text("from") { $0.hop.start.name },
            .text("relation") { $0.hop.isReversed ? "← \($0.hop.connection.relation)" : "\($0.hop.connection.relation) →" },
            .text("to") { $0.hop.end.name },
            .text("detail") { $0.hop.connection.detail },
            .text("sources") { step in
                step.hop.connection.sources.isEmpty ? nil : step.hop.connection.sources.map(\.label).joined(separator: "; ")
            },
        ], format: output)
    }

    /// One numbered step of the chain.
    struct PathStep: Encodable {
        let step: Int
        let hop: PathHop
    }
}
