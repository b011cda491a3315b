import Foundation
import SQLite

/// One document to import: its bytes and the name its errors should carry (usually the file path).
public struct ImportInput: Sendable {
    public let name: String
    public let data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}

extension KnowledgeBase {
    /// The tables whose growth an import reports.
    static let importedTables = [
        "sources", "entities", "organisations", "people", "places", "minerals", "forums", "projects",
        "aliases", "entity_sources", "links", "link_sources", "quotes", "quote_mentions",
    ]

    /// Imports documents in one transaction: all of them, or, if any has a problem, none.
    ///
    /// Idempotent: importing the same documents again adds nothing. With `dryRun`, everything is
    /// checked and counted exactly as for a real import, then rolled back.
    /// - Parameter progress: called after each document with (documents done, total).
    /// - Throws: `ImportError` listing every problem (file, JSON path, what was expected).
    @discardableResult
    public func importDocuments(_ inputs: [ImportInput], dryRun: Bool = false,
                                progress: ((Int, Int) -> Void)? = nil) throws -> ImportSummary {
        var problems: [DocumentProblem] = []
        var documents: [ImportDocument] = []
        for input in inputs {
            var parser = DocumentParser(file: input.name)
            if let document = parser.parse(input.data) { documents.append(document) }
            problems += parser.problems
        }
        guard problems.isEmpty else { throw ImportError(problems: problems) }

        struct RollBack: Error { let summary: ImportSummary }
        do {
            return try KnowledgeBase.wrap {
                try database.transaction(.immediate) {
                    let before = try rowCounts()
                    let importer = try Importer(database: database)
                    for (index, document) in documents.enumerated() {
                        problems += try importer.importDocument(document)
                        progress?(index + 1, documents.count)
                    }
                    guard problems.isEmpty else { throw ImportError(problems: problems) }
                    var summary = importer.summary
                    summary.isDryRun = dryRun
                    let after = try rowCounts()
                    for (table, count) in after where count != before[table] {
                        summary.rowsAdded[table] = count - (before[table] ?? 0)
                    }
                    if dryRun { throw RollBack(summary: summary) }
                    return summary
                }
            }
        } catch let rollBack as RollBack {
            return rollBack.summary
        }
    }

    /// Imports the JSON files at `urls`; a directory stands for every `.json` file in it, in name order.
    @discardableResult
    public func importFiles(at urls: [URL], dryRun: Bool = false,
                            progress: ((Int, Int) -> Void)? = nil) throws -> ImportSummary {
        try importDocuments(try KnowledgeBase.readInputs(at: urls), dryRun: dryRun, progress: progress)
    }

    /// Reads the documents at `urls` (files, or directories of `.json` files).
    public static func readInputs(at urls: [URL]) throws -> [ImportInput] {
        var inputs: [ImportInput] = []
        var problems: [DocumentProblem] = []
        for url in urls {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                problems.append(DocumentProblem(file: url.path, path: "$", message: "no such file or directory"))
                continue
            }
            let files: [URL]
            if isDirectory.boolValue {
                files = ((try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? [])
                    .filter { $0.pathExtension.lowercased() == "json" }
                    .sorted { $0.lastPathComponent < $1.lastPathComponent }
                if files.isEmpty {
                    problems.append(DocumentProblem(file: url.path, path: "$", message: "the directory holds no .json documents"))
                }
            } else {
                files = [url]
            }
            for file in files {
                do {
                    inputs.append(ImportInput(name: file.relativePath, data: try Data(contentsOf: file)))
                } catch {
                    problems.append(DocumentProblem(file: file.relativePath, path: "$", message: "cannot read the file: \(error.localizedDescription)"))
                }
            }
        }
        guard problems.isEmpty else { throw ImportError(problems: problems) }
        return inputs
    }

    private func rowCounts() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in KnowledgeBase.importedTables {
            // Table names come from the constant list above, never from input.
            counts[table] = try database.fetchOne(Int.self, sql: "SELECT count(*) FROM \(table)") ?? 0
        }
        return counts
    }
}
