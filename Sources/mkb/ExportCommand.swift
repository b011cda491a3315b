import ArgumentParser
import Foundation
import MineralKB

/// `mkb export`: the database, or one entity's neighbourhood, as import documents, CSV or a DOT graph.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export as JSON import documents, CSV per table, a graph (DOT, GEXF, GraphML), FollowTheMoney or Datasette metadata.",
        discussion: """
            json writes one document per source into the --output directory, in the import format: importing \
            them into an empty database gives the same counts. csv writes one file per table. The other formats \
            print one stream (or write it to the file --output names): dot, a graph that `dot -Tsvg` draws (edges \
            say each claim in words, with its dates and shares, and a legend gives the shapes and colours of each \
            kind; --include hierarchy adds the places' containers); gexf and graphml, the same graph with kinds, \
            relations, dates, shares and sources as attributes, for Gephi, yEd or networkx; ftm, FollowTheMoney \
            entities as JSON lines, for Aleph, OpenSanctions' tools or FtM's own `ftm` command; datasette, a \
            metadata file for `datasette serve KB -m metadata.json`. With --entity, every format but csv and \
            datasette covers only that entity's neighbourhood, to --depth steps.

            Example:
              mkb export --format dot --entity JCHI --depth 2 --output jchi.dot
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "What to write: json (import documents), csv (one file per table), dot, gexf or graphml (a graph), ftm (FollowTheMoney JSON lines) or datasette (metadata).")
    var format: ExportFormat = .json

    @Option(name: .long, help: ArgumentHelp("A new or empty directory for json and csv (created if missing); a file for the others (default: standard output).",
                                            valueName: "path"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Only this entity's neighbourhood (all formats but csv and datasette).", valueName: "name"))
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
        if format.writesDirectory && output == nil {
            throw ValidationError("--format \(format.rawValue) writes several files: give a directory with --output.")
        }
        if !format.takesEntity && entity != nil {
            throw ValidationError("--format \(format.rawValue) covers the whole base; --entity works with the other formats.")
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
            try writeStream { try $0(try kb.exportDOT(around: entity, depth: depth, includeHierarchy: !include.isEmpty)) }
        case .gexf:
            try writeStream { try $0(try kb.exportGEXF(around: entity, depth: depth)) }
        case .graphml:
            try writeStream { try $0(try kb.exportGraphML(around: entity, depth: depth)) }
        case .ftm:
            try writeStream { try kb.exportFollowTheMoney(around: entity, depth: depth, write: $0) }
        case .datasette:
            let name = URL(fileURLWithPath: global.databasePath).deletingPathExtension().lastPathComponent
            try writeStream { try $0(String(decoding: try kb.datasetteMetadata(databaseName: name), as: UTF8.self) + "\n") }
        case .json:
            // Read first: an unknown --entity leaves no directory behind.
            let documents = try kb.exportDocuments(around: entity, depth: depth)
            let directory = try makeDirectory()
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
                    try kb.readTable(table.table, columns: renderer.begin) { (row: QueryRow) in
                        try renderer.write(cells: row)
                        if buffer.hasFailed { throw OutputFailure.Stop() }  // the disk is full: commit says so
                    }
                } catch is OutputFailure.Stop {}
                renderer.finish()
                try file.commit(buffer)
            }
            printError("wrote \(tables.count) CSV files to \(directory.path)")
        }
    }

    /// Writes what `produce` hands out, piece by piece, to the file --output names (complete or not
    /// at all, and never the database) or to standard output.
    private func writeStream(_ produce: (_ write: (String) throws -> Void) throws -> Void) throws {
        guard let output else {
            let buffer = OutputBuffer.standardOutput()
            try produce { buffer.write($0) }
            buffer.flush()
            return
        }
        let url = URL(fileURLWithPath: output)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw UserError("cannot write \(url.path): it is a directory; --output for \(format.rawValue) names a file")
        }
        // Never the database (nor its journals), whatever kind of file or link names it.
        try OutputFile.refuseDatabase(url, databasePath: global.databasePath)
        // A device or pipe (/dev/stdout, a FIFO) is written in place. A file is written beside its
        // target and renamed over it when complete: a failure (an unknown --entity, a full disk)
        // leaves an existing file as it was and no partial file behind.
        var status = stat()
        if stat(url.path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            guard let handle = FileHandle(forWritingAtPath: url.path) else { throw UserError("cannot write \(url.path)") }
            try write(produce, to: handle, naming: url)
        } else {
            let file = try OutputFile(url, databasePath: global.databasePath)
            let buffer = file.makeBuffer()
            try produce { buffer.write($0) }
            try file.commit(buffer)
        }
        printError("wrote \(output)")
    }

    /// Hands `produce`'s pieces to `handle` and closes it; a write that failed is an error naming `url`.
    private func write(_ produce: (_ write: (String) throws -> Void) throws -> Void, to handle: FileHandle, naming url: URL) throws {
        defer { try? handle.close() }
        let buffer = OutputBuffer(handle)
        try produce { buffer.write($0) }
        buffer.flush()
        if let failure = OutputFailure.current { throw UserError("cannot write \(url.path): \(failure)") }
    }

    /// The --output directory, created if missing. One that already holds files is refused: a stale
    /// document left beside the new ones would come back on the next import of the directory.
    private func makeDirectory() throws -> URL {
        let directory = URL(fileURLWithPath: output ?? ".")
        if let existing = try? FileManager.default.contentsOfDirectory(atPath: directory.path), !existing.isEmpty {
            throw UserError("\(directory.path) already holds \(existing.count) file\(existing.count == 1 ? "" : "s"); "
                + "a \(format.rawValue) export is written into a new or empty directory, so that nothing old is mixed with it")
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw UserError("cannot create the directory \(directory.path): \(error.localizedDescription)")
        }
        return directory
    }
}
