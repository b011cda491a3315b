import ArgumentParser
import MineralKB

/// `mkb report`: everything known about one entity.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Everything known about an organisation, person, place, mineral, project or forum, with sources.",
        discussion: """
            The entity is found by its name or any alias, whatever the case, accents or dashes. When a name \
            fits several entities (two provinces called Punjab), they are listed and the command exits with 1: \
            use a longer name or an alias. --depth 2 or more adds the wider web of connections.

            Example:
              mkb report "Jiaozuo Creation Heavy Industry"
              mkb report JCHI --depth 2 --format markdown > jchi.md
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The entity's name or alias.")
    var entity: String

    @Option(name: .long, help: "How many steps of connections to include (1 to 6).")
    var depth = 1

    @Option(name: .long, help: "Output format: text, markdown or json.")
    var format: ReportFormat = .text

    func validate() throws {
        guard KnowledgeBase.neighbourhoodDepths.contains(depth) else {
            throw ValidationError("--depth must be 1 to \(KnowledgeBase.neighbourhoodDepths.upperBound), not \(depth).")
        }
    }

    func run() throws {
        let kb = try global.openForReading()
        let report = try kb.report(for: entity, depth: depth)
        switch format {
        case .json: try Listing.printJSON(report)
        case .text: Console.write(ReportRenderer(style: .text).render(report))
        case .markdown: Console.write(ReportRenderer(style: .markdown).render(report))
        }
    }
}
