import ArgumentParser
import Foundation
import MineralKB
import MineralKBHTML

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
              mkb report JCHI --depth 2 --only presence,stake

            --format html (mkb report '#42' --format html > entity.html) writes the entity page of `mkb serve` as one self-contained file to attach to an \
            email: style and picture (drawn by Graphviz's dot, where installed) inline, no script, no links \
            to a server.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The entity's name or alias.")
    var entity: String

    @Option(name: .long, help: "How many steps of connections to include (1 to 6).")
    var depth = 1

    @Option(name: .long, help: "Output format.")
    var format: ReportFormat = .text

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("With --depth 2 or more: also walk this category of connection (hierarchy, the place hierarchy, is left out otherwise); repeat for several.",
                               valueName: "category"))
    var include: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only these categories of links and connections, separated by commas (presence, stake, affiliation, ...).",
                                            valueName: "a,b"))
    var only: String?

    func validate() throws {
        guard KnowledgeBase.neighbourhoodDepths.contains(depth) else {
            throw ValidationError("--depth must be 1 to \(KnowledgeBase.neighbourhoodDepths.upperBound), not \(depth).")
        }
    }

    func run() throws {
        let kb = try global.openForReading()
        let known = try kb.connectionCategories()
        let chosen = only.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        for category in include + (chosen ?? []) where !known.contains(category) {
            throw UsageError("no category of connection called \"\(category)\"; choose from: \(known.joined(separator: ", "))")
        }
        var categories = Set(chosen ?? known.filter { $0 != KnowledgeBase.hierarchyCategory })
        if chosen == nil { categories.formUnion(include) }
        var report = try kb.report(for: entity, depth: depth, neighbourhoodCategories: categories)
        if chosen != nil { report = report.keepingLinks(of: categories) }
        switch format {
        case .json: Listing.printJSON(ReportJSON.tree(report))
        case .text:
            let renderer = ReportRenderer(style: .text, width: TerminalWidth.standardOutput, relationLabels: try kb.relationLabels())
            Console.write(renderer.render(report))
        case .markdown: Console.write(ReportRenderer(style: .markdown, relationLabels: try kb.relationLabels()).render(report))
        case .html:
            let picture = NeighbourhoodGraph().picture(for: report, linkBase: nil)
            Console.write(EntityPage.document(report, picture: picture, linkBase: nil))
        }
    }
}
