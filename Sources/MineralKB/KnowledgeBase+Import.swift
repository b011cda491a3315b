import Foundation
import SQLite

extension KnowledgeBase {
    /// The tables an import writes and whose growth it reports, in an order that satisfies their
    /// foreign keys (what a row refers to comes first: a source names its publisher, an entity).
    public static let importedTables = [
        "entities", "organisations", "people", "places", "minerals", "forums", "projects", "aliases",
        "sources", "entity_sources", "links", "link_sources", "quotes", "quote_mentions", "identifiers",
    ]

    /// The triggers a bulk import drops, with the statement that gives its mark (or nil) and the
    /// statement (taking the mark as `?`) that fills their index at the end: the benchmark's
    /// baselines do the same work (see `DeferredIndex`).
    @_spi(Tools) public static var deferredIndexes: [(trigger: String, markSQL: String?, fill: String)] {
        [DeferredIndex.quotes, DeferredIndex.names].map { ($0.trigger, $0.markSQL, $0.fill) }
    }

    /// Imports documents in one transaction: all of them, or, if any has a problem, none.
    ///
    /// Idempotent: importing the same documents again adds nothing. With `dryRun`, everything is
    /// checked and counted exactly as for a real import, then rolled back.
    /// - Parameter progress: called after each document with (documents done, total).
    /// - Throws: `ImportError` listing every problem (file, JSON path, what was expected).
    @discardableResult
    public func importDocuments(_ inputs: [ImportInput], dryRun: Bool = false,
                                progress: ((Int, Int) -> Void)? = nil) throws -> ImportSummary {
        try importStream(count: inputs.count, dryRun: dryRun, progress: progress) { .document(inputs[$0]) }
    }

    /// Imports documents that hold only part of what their sources say (mapped from FollowTheMoney or
    /// a CSV of claims): what they give is added, and nothing a source already backs is retracted
    /// because the file leaves it out.
    func importPartialDocuments(_ inputs: [ImportInput], dryRun: Bool) throws -> ImportSummary {
        try importStream(count: inputs.count, dryRun: dryRun, progress: nil, replacesSources: false) { .document(inputs[$0]) }
    }

    /// Imports the JSON files at `urls`; a directory stands for every `.json` file in it, in name order.
    ///
    /// Files are read, parsed and written one at a time inside the one transaction, so memory does
    /// not grow with the number or size of the files (beyond the importer's name caches).
    @discardableResult
    public func importFiles(at urls: [URL], dryRun: Bool = false,
                            progress: ((Int, Int) -> Void)? = nil) throws -> ImportSummary {
        let files = try KnowledgeBase.documentFiles(at: urls)
        return try importStream(count: files.count, dryRun: dryRun, progress: progress) { index in
            KnowledgeBase.readInput(at: files[index])
        }
    }

    /// Reads, parses and writes document after document in one transaction. Every problem of every
    /// document is reported in one run: a document with a field that does not parse is still
    /// written as far as it parsed, so that its names are checked against the base and the later
    /// documents can refer to what it declares; the transaction is rolled back at the end.
    private func importStream(count: Int, dryRun: Bool, progress: ((Int, Int) -> Void)?, replacesSources: Bool = true,
                              input: (Int) -> DocumentInput) throws -> ImportSummary {
        struct RollBack: Error { let summary: ImportSummary }
        do {
            return try KnowledgeBase.wrap {
                try database.transaction(.immediate) {
                    // Keys made by another version of the name normaliser would not meet this one's.
                    try renormaliseNameKeysIfStale()
                    let importer = try Importer(database: database)
                    importer.replacesSources = replacesSources
                    var problems: [DocumentProblem] = []
                    try withBulkImportSettings {
                        // The next document is read here and parsed on another thread while this
                        // one is written: two documents in memory at most.
                        var next = count > 0 ? KnowledgeBase.upcoming(input(0)) : nil
                        for index in 0..<count {
                            guard let current = next else { break }
                            next = index + 1 < count ? KnowledgeBase.upcoming(input(index + 1)) : nil
                            switch current {
                            case .source(let parsed):
                                // A document that does not fully parse is still written as far as it
                                // parsed, so its names are checked too; the whole import rolls back.
                                let (document, parseProblems) = parsed.wait()
                                problems += parseProblems
                                if let document { problems += try importer.importDocument(document) }
                            case .curation(let name, let document, let problem):
                                if let problem { problems.append(problem) }
                                if let document { problems += try importer.importCuration(document, file: name) }
                            }
                            progress?(index + 1, count)
                        }
                    }
                    if problems.isEmpty { problems += try importer.finishCuration() }
                    guard problems.isEmpty else { throw ImportError(problems: problems) }
                    try importer.finish()
                    var summary = importer.summary
                    summary.isDryRun = dryRun
                    summary.rowsAdded = importer.rowsAdded.filter { $0.value != 0 }
                    if dryRun { throw RollBack(summary: summary) }
                    try refreshPlannerStatistics(rowsAdded: summary.rowsAdded)
                    return summary
                }
            }
        } catch let rollBack as RollBack {
            return rollBack.summary
        }
    }

    /// A document on its way in: a source's document (parsing on another thread) or an export's curation.
    private enum Upcoming {
        case source(ParsedDocument)
        /// The curation, or nil with the problem that kept it from being read.
        case curation(name: String, CurationDocument?, DocumentProblem?)
    }

    private static func upcoming(_ input: DocumentInput) -> Upcoming {
        guard case .document(let document) = input, CurationApplier.isCuration(document.data) else { return .source(ParsedDocument(input)) }
        do {
            return .curation(name: document.name, try JSONDecoder().decode(CurationDocument.self, from: document.data), nil)
        } catch {
            return .curation(name: document.name, nil, DocumentProblem(file: document.name, path: "$",
                message: "not a valid curation document (\(error)); expected {\"curation\": {\"entities\": [...], \"merges\": [...]}}"))
        }
    }

    /// A page cache large enough for a bulk import's index updates, for the import only: with
    /// SQLite's default of 2 MB, a million-link import spends most of its time re-reading index
    /// pages it just evicted. The usual size comes back afterwards.
    private func withBulkImportSettings<T>(_ body: () throws -> T) throws -> T {
        let usual = try database.fetchOne(Int.self, sql: "PRAGMA cache_size") ?? -2000
        try database.execute(sql: "PRAGMA cache_size = \(KnowledgeBase.importCacheSize)")
        defer { try? database.execute(sql: "PRAGMA cache_size = \(usual)") }
        return try body()
    }

    /// The page cache during an import, in SQLite's units (negative: kibibytes), 64 MiB.
    public static let importCacheSize = -65_536

    /// Keeps the query planner's statistics (`sqlite_stat1`) fresh: a table that grew by more than a
    /// tenth since it was last analysed is analysed again, inside the import's transaction. Without
    /// statistics the planner can pick a join order that walks a whole link table.
    private func refreshPlannerStatistics(rowsAdded: [String: Int]) throws {
        let hasStatistics = try database.fetchOne(Int.self, sql: "SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'") ?? 0 > 0
        var tables: [String] = []
        for (table, added) in rowsAdded.sorted(by: { $0.key < $1.key }) where added > 0 {
            var analysedRows: Int?
            if hasStatistics {
                let stat = try database.fetchOne(String.self, sql: "SELECT stat FROM sqlite_stat1 WHERE tbl = ? ORDER BY idx IS NULL LIMIT 1",
                                                 arguments: [table])
                analysedRows = stat.flatMap { Int($0.prefix { $0 != " " }) }
            }
            if analysedRows.map({ added * 10 > $0 }) ?? true { tables.append(table) }
        }
        if tables.contains("places") { tables.append("place_ancestors") }
        for table in tables {
            // Names come from the fixed list of imported tables (and place_ancestors), never from input.
            try database.execute(sql: "ANALYZE \(table)")
        }
    }

    /// The JSON files at `urls` (files, or directories of `.json` files, in name order), each once. Anything
    /// that is not a regular file or a directory (a FIFO, a device, a loop of symbolic links, a directory
    /// named like a document) is a problem naming the path and what is there, never opened.
    static func documentFiles(at urls: [URL]) throws -> [URL] {
        var result: [URL] = []
        var problems: [DocumentProblem] = []
        for url in urls {
            switch fileKind(at: url.path) {
            case .failure(let problem):
                problems.append(DocumentProblem(file: url.path, path: "$", message: problem.message))
            case .success(true):
                let entries: [URL]
                do {
                    entries = try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
                } catch {
                    problems.append(DocumentProblem(file: url.path, path: "$", message: "cannot read the directory: \(posixReason(error))"))
                    continue
                }
                let files = entries.filter { $0.pathExtension.lowercased() == "json" }
                    .sorted { $0.lastPathComponent < $1.lastPathComponent }
                if files.isEmpty {
                    problems.append(DocumentProblem(file: url.path, path: "$", message: "the directory holds no .json documents"))
                }
                for file in files {
                    switch fileKind(at: file.path) {
                    case .success(false): result.append(file)
                    case .success(true): problems.append(DocumentProblem(file: file.relativePath, path: "$", message: "it is a directory, not a document"))
                    case .failure(let problem): problems.append(DocumentProblem(file: file.relativePath, path: "$", message: problem.message))
                    }
                }
            case .success(false):
                result.append(url)
            }
        }
        guard problems.isEmpty else { throw ImportError(problems: problems) }
        // One file named twice (`mkb import Fixtures Fixtures/a.json`) is one document, read once.
        var seen = Set<String>()
        return result.filter { seen.insert($0.resolvingSymlinksInPath().standardizedFileURL.path).inserted }
    }

    /// True for a directory, false for a regular file (through symbolic links); anything else a problem in words.
    private static func fileKind(at path: String) -> Result<Bool, FileKindProblem> {
        var status = stat()
        guard stat(path, &status) == 0 else {
            switch errno {
            case ENOENT:
                var link = stat()
                return .failure(FileKindProblem(lstat(path, &link) == 0 ? "a symbolic link to a file that does not exist" : "no such file or directory"))
            case ELOOP: return .failure(FileKindProblem("a loop of symbolic links"))
            default: return .failure(FileKindProblem("cannot be read: \(String(cString: strerror(errno)))"))
            }
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .success(true)
        case S_IFREG: return .success(false)
        case S_IFIFO: return .failure(FileKindProblem("it is a FIFO (named pipe), not a document file"))
        case S_IFCHR, S_IFBLK: return .failure(FileKindProblem("it is a device, not a document file"))
        case S_IFSOCK: return .failure(FileKindProblem("it is a socket, not a document file"))
        default: return .failure(FileKindProblem("it is not a regular file"))
        }
    }

    private struct FileKindProblem: Error, ExpressibleByStringLiteral {
        let message: String
        init(_ message: String) { self.message = message }
        init(stringLiteral value: String) { message = value }
    }

    /// The system's reason behind a Foundation error ("Permission denied"), not its generic wording.
    private static func posixReason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(code))) }
        if (error as NSError).domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32((error as NSError).code))) }
        return error.localizedDescription
    }

    static func readInput(at file: URL) -> DocumentInput {
        do {
            return .document(ImportInput(name: file.relativePath, data: try Data(contentsOf: file)))
        } catch {
            return .unreadable(DocumentProblem(file: file.relativePath, path: "$", message: "cannot read the file: \(posixReason(error))"))
        }
    }
}
