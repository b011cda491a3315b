import ArgumentParser
import Foundation
import MineralKB

/// `mkb export`: the database, or one entity's neighbourhood, as import documents, CSV or a DOT graph.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export as JSON import documents, CSV per table, or a Graphviz DOT graph.",
        discussion: """
            json writes one document per source into the --output directory, in the import format: importing \
            them into an empty database gives the same counts. csv writes one file per table. dot prints a \
            graph of the relationships (or writes it to --output), which `dot -Tsvg` draws: edges say each claim in words, with its dates and shares, and a legend gives the shapes and colours of each kind; --include hierarchy adds the places' containers. With --entity, \
            json and dot cover only that entity's neighbourhood, to --depth steps.

            Example:
              mkb export --format dot --entity JCHI --depth 2 --output jchi.dot
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "What to write: import documents, one CSV file per table, or a graph.")
    var format: ExportFormat = .json

    @Option(name: .long, help: ArgumentHelp("A directory for json and csv (created if missing); a file for dot (default: standard output).",
                                            valueName: "path"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Only this entity's neighbourhood (json and dot).", valueName: "name"))
    var entity: String?

    @Option(name: .long, help: "With --entity: how many steps of connections to include (1 to 6).")
    var depth = 1

    @Option(name: .long, help: ArgumentHelp("For dot: also draw this (hierarchy: the places' containers, up to their countries).",
                                            valueName: "hierarchy"))
    var include: [String] = []

    func validate() throws {
        for extra in include where extra != KnowledgeBase.hierarchyCategory {
            throw ValidationError("--include takes hierarchy, not \(extra).")
        }
        if !include.isEmpty && format != .dot {
            throw ValidationError("--include hierarchy works with --format dot.")
        }
        if format != .dot && output == nil {
            throw ValidationError("--format \(format.rawValue) writes several files: give a directory with --output.")
        }
        if format == .csv && entity != nil {
            throw ValidationError("--format csv exports whole tables; --entity works with json and dot.")
        }
        guard KnowledgeBase.neighbourhoodDepths.contains(depth) else {
            throw ValidationError("--depth must be 1 to \(KnowledgeBase.neighbourhoodDepths.upperBound), not \(depth).")
        }
    }

    @Flag(name: .customLong("no-formula-guard"),
          help: "Write CSV cells that start with = + - @, a tab or CR exactly as stored (by default they get a leading ' so that a spreadsheet shows them as text instead of running them as formulas).")
    var noFormulaGuard = false

    func run() throws {
        let kb = try global.openForReading()
        let databasePath = global.databasePath
        switch format {
        case .dot:
            let graph = try kb.exportDOT(around: entity, depth: depth, includeHierarchy: !include.isEmpty)
            if let output {
                try OutputFile.write(Data(graph.utf8), to: URL(fileURLWithPath: output), databasePath: databasePath)
                printError("wrote \(output)")
            } else {
                Console.write(graph)
            }
        case .json:
            let directory = try makeDirectory()
            let documents = try kb.exportDocuments(around: entity, depth: depth)
            for document in documents {
                try OutputFile.write(document.json, to: directory.appendingPathComponent(document.fileName), databasePath: databasePath)
            }
            printError("wrote \(documents.count) document\(documents.count == 1 ? "" : "s") to \(directory.path)")
        case .csv:
            let directory = try makeDirectory()
            let tables = try kb.tableCounts().filter { $0.kind == .table }
            for table in tables {
                let file = try OutputFile(directory.appendingPathComponent(table.table + ".csv"), databasePath: databasePath)
                let buffer = file.makeBuffer()
                let renderer = CSVRenderer(output: buffer, guardsFormulas: !noFormulaGuard)
                do {
                    try kb.readTable(table.table, columns: renderer.begin) { row in
                        renderer.write(row)
                        if buffer.hasFailed { throw OutputFailure.Stop() }  // the disk is full: commit says so
                    }
                } catch is OutputFailure.Stop {}
                renderer.finish()
                try file.commit(buffer)
            }
            printError("wrote \(tables.count) CSV files to \(directory.path)")
        }
    }

    private func makeDirectory() throws -> URL {
        let directory = URL(fileURLWithPath: output ?? ".")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw UserError("cannot create the directory \(directory.path): \(error.localizedDescription)")
        }
        return directory
    }
}
