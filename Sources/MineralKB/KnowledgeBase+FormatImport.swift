import Foundation
import SQLite

extension KnowledgeBase {
    /// Imports a FollowTheMoney JSON lines file (an FtM export, an OpenSanctions extract): entities
    /// mapped back by the same table as the FtM export, one document per source (each FtM document,
    /// each dataset, or the file), through the one importer: all or nothing, every problem located
    /// by line and FtM id. Schemata the base has no place for are left out and counted.
    @discardableResult
    public func importFollowTheMoney(at url: URL, dryRun: Bool = false) throws -> FormatImportSummary {
        let data = try KnowledgeBase.readFormatFile(url)
        var reader = FollowTheMoneyReader(file: url.relativePath, relations: try relationWords())
        reader.read(data)
        guard reader.problems.isEmpty else { throw ImportError(problems: reader.problems) }
        let documents = reader.documents()
        guard reader.problems.isEmpty else { throw ImportError(problems: reader.problems) }
        let summary = try importMapped(documents, file: url.relativePath, dryRun: dryRun)
        return FormatImportSummary(summary: summary, leftOut: reader.leftOut)
    }

    /// Imports a CSV of claims, one row per claim (see the README for the columns): one document per
    /// source, through the one importer, all or nothing, every problem located by row and column.
    @discardableResult
    public func importClaims(at url: URL, dryRun: Bool = false) throws -> FormatImportSummary {
        let data = try KnowledgeBase.readFormatFile(url)
        var relations: [String: [EntityKind: Set<EntityKind>]] = [:]
        for relation in try relationWords() { relations[relation.name, default: [:]][relation.from, default: []].insert(relation.to) }
        let resolver = NameResolver(database: database, cachesLookups: false)
        // A name the base knows (or an identifier such as wikidata:Q42 that it knows) is only referred to.
        var reader = ClaimsCSVReader(file: url.relativePath, relations: relations) { name, kinds in
            if let identifier = Identifier(name), let entity = try? resolver.entity(identifiedBy: identifier) { return kinds.contains(entity.kind) }
            return (try? resolver.lookup(key: resolver.key(name), kinds: kinds).isEmpty == false) ?? false
        }
        let documents = reader.documents(data)
        guard reader.problems.isEmpty else { throw ImportError(problems: reader.problems) }
        return FormatImportSummary(summary: try importMapped(documents, file: url.relativePath, dryRun: dryRun), leftOut: [:])
    }

    /// Imports mapped documents in one transaction; problems come back at their original location.
    func importMapped(_ documents: [MappedDocument], file: String, dryRun: Bool) throws -> ImportSummary {
        let inputs = try documents.enumerated().map { index, mapped in
            try ImportInput(name: "\(file)#\(index)", document: mapped.document)
        }
        do {
            return try importPartialDocuments(inputs, dryRun: dryRun)
        } catch let error as ImportError {
            let byName = Dictionary(uniqueKeysWithValues: inputs.enumerated().map { ($1.name, documents[$0].origins) })
            throw ImportError(problems: error.problems.map { problem in
                MappedDocument.relocate(problem, file: file, origins: byName[problem.file] ?? [:])
            })
        }
    }

    /// The relations with their words and kinds, as the `relations` table holds them.
    func relationWords() throws -> [FollowTheMoneyReader.Relation] {
        try KnowledgeBase.wrap {
            try database.fetchAll(sql: "SELECT name, label, from_kind, to_kind FROM relations ORDER BY name") { row -> FollowTheMoneyReader.Relation? in
                guard let from = EntityKind(rawValue: try row[2]), let to = EntityKind(rawValue: try row[3]) else { return nil }
                return FollowTheMoneyReader.Relation(name: try row[0], label: try row[1], from: from, to: to)
            }.compactMap { $0 }
        }
    }

    /// The bytes of a FollowTheMoney or CSV file; a missing file or a directory is named as such.
    static func readFormatFile(_ url: URL) throws -> Data {
        func problem(_ message: String) -> ImportError {
            // Not a JSON document: no JSON path to give, only the file.
            ImportError(problems: [DocumentProblem(file: url.relativePath, path: "", message: message)])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { throw problem("no such file") }
        guard !isDirectory.boolValue else { throw problem("is a directory; this format is read from one file: give the file itself") }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw problem("cannot read the file: \(error.localizedDescription)")
        }
    }
}
