import ArgumentParser
import Foundation
import MineralKB

/// `mkb import`: import documents, all in one transaction.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import JSON documents (files, or directories of .json files), a FollowTheMoney file or a CSV of claims, in one transaction.",
        discussion: """
            All documents are imported together, or, if any has a problem, none: every problem is listed \
            with its file, its JSON path and what was expected. Importing the same documents again changes \
            nothing. The database is created if it does not exist. With --dry-run everything is checked and \
            counted, then nothing is written (and no database file is created).

            --format ftm reads one FollowTheMoney JSON lines file (problems located by line and FtM id); \
            --format csv reads one CSV of claims, one row per claim (problems located by row and column). \
            Both become documents of the import format and go through the same importer; see the README's \
            "Using MineralKB with other tools".

            Example:
              mkb import --dry-run Fixtures
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Check the documents and report what would change, without writing anything.")
    var dryRun = false

    @Option(name: .long, help: "What the files are: json (import documents), ftm (FollowTheMoney JSON lines) or csv (claims, one per row).")
    var format: ImportFormat = .json

    @Argument(help: ArgumentHelp("Documents to import: JSON files, or directories whose .json files are all imported.",
                                 valueName: "file-or-directory"))
    var paths: [String] = []

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one document or directory to import.") }
        if format != .json && paths.count != 1 {
            throw ValidationError("--format \(format.rawValue) imports one file at a time; \(paths.count) were given.")
        }
    }

    func run() throws {
        let (urls, format, dryRun) = (paths.map { URL(fileURLWithPath: $0) }, format, dryRun)
        let importAll = { (kb: KnowledgeBase) throws -> (ImportSummary, [String: Int]) in
            switch format {
            case .json:
                let bar = Console.standardErrorIsTerminal ? ProgressBar(label: "documents") : nil
                let summary = try kb.importFiles(at: urls, dryRun: dryRun) { done, total in
                    if total > 1 { bar?.update(done: done, total: total) }
                }
                return (summary, [:])
            case .ftm:
                let result = try kb.importFollowTheMoney(at: urls[0], dryRun: dryRun)
                return (result.summary, result.leftOut)
            case .csv:
                let result = try kb.importClaims(at: urls[0], dryRun: dryRun)
                return (result.summary, result.leftOut)
            }
        }
        let (summary, leftOut): (ImportSummary, [String: Int])
        if dryRun {
            // A dry run writes nothing: not even a new file, nor a schema upgrade.
            (summary, leftOut) = try importAll(global.databaseExists ? global.openExisting() : KnowledgeBase.inMemory())
        } else {
            // A new base is built beside its name and takes it only if the import succeeds.
            (summary, leftOut) = try KnowledgeBase.writing(at: global.databasePath, importAll)
        }
        var text = ImportCommand.describe(summary, path: global.databasePath)
        if !leftOut.isEmpty {
            text += "\n  left out (no place for them in MineralKB):"
            for (reason, count) in leftOut.sorted(by: { $0.key < $1.key }) { text += "\n    \(count) × \(VisibleText.escaped(reason))" }
        }
        Console.result(text)
        if !dryRun, let failure = OutputFailure.current {
            throw SummaryNotWritten(path: global.databasePath, reason: failure)
        }
    }

    /// The import committed, but its summary could not be written: a distinct exit code, so that a
    /// script does not import again (harmless, it is idempotent) or, worse, believe nothing was imported.
    struct SummaryNotWritten: Error, CustomStringConvertible {
        static let exitCode: Int32 = 4
        let path: String
        let reason: String
        var description: String {
            "the import into \(path) committed, but its summary could not be written to standard output: \(reason)"
        }
    }

    /// The summary in sentences: documents, new entities, merged names, new links, rows per table.
    static func describe(_ summary: ImportSummary, path: String) -> String {
        let documents = "\(summary.documents) document\(summary.documents == 1 ? "" : "s")"
        var lines: [String] = []
        if summary.isDryRun {
            lines.append("dry run: nothing was written. Importing \(documents) into \(path) would add:")
        } else {
            lines.append("imported \(documents) into \(path):")
        }
        if summary.documents == 0 {
            // A CSV of only a header, an empty FtM file: nothing was there, which is not "already known".
            lines.append("  nothing to import: the input holds no documents, claims or entities")
            return lines.joined(separator: "\n")
        }
        if summary.changedNothing {
            lines.append("  nothing new: every fact is already in the knowledge base")
            return lines.joined(separator: "\n")
        }
        for replacement in summary.replacedSources {
            lines.append("  \(replacement.sentence)")
            lines += replacement.removed.map { "    - \($0)" }
            lines += replacement.changed.map { "    ~ \($0)" }
        }
        let kinds = EntityKind.allCases.compactMap { kind in
            summary.newEntityCounts[kind].map { "\($0) \($0 == 1 ? kind.rawValue : kind.plural)" }
        }
        lines.append("  new entities: \(summary.newEntityCount)" + (kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")))"))
        for entity in summary.newEntities {
            lines.append("    + \(VisibleText.escaped(entity.name)) (\(entity.kind.rawValue))")
        }
        if summary.newEntityCount > summary.newEntities.count {
            lines.append("    … and \(summary.newEntityCount - summary.newEntities.count) more")
        }
        lines.append("  names merged into existing entities: \(summary.mergedAliasCount)")
        for addition in summary.mergedAliases {
            lines.append("    = \"\(VisibleText.escaped(addition.alias))\" → \(VisibleText.escaped(addition.entity.name)) (\(addition.entity.kind.rawValue))")
        }
        if summary.mergedAliasCount > summary.mergedAliases.count {
            lines.append("    … and \(summary.mergedAliasCount - summary.mergedAliases.count) more")
        }
        lines.append("  declared entities found in the base: \(summary.matchCount)")
        for match in summary.matches {
            lines.append("    = \"\(match.name)\" is \(match.entity.name) (\(match.entity.kind.rawValue) #\(match.entity.id)), "
                + (match.byIdentifier ? "by identifier" : "by name"))
        }
        if summary.matchCount > summary.matches.count {
            lines.append("    … and \(summary.matchCount - summary.matches.count) more")
        }
        lines.append("  new links: \(summary.newLinks)")
        let rows = summary.rowsAdded.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        lines.append("  rows added: " + (rows.isEmpty ? "none" : rows.joined(separator: ", ")))
        return lines.joined(separator: "\n")
    }
}
