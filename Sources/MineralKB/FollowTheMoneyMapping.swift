/// How MineralKB's kinds, types and relations meet FollowTheMoney's schemata: the one table that
/// the FtM export and the FtM import both read, so the two directions cannot drift apart.
///
/// FtM's model: https://followthemoney.tech/explorer/ (schemata such as Company, Ownership, Event).
enum FollowTheMoneyMapping {
    // MARK: - Entities

    /// The schema of an organisation of `type`, and the FtM topics that say the rest:
    /// a state enterprise is a Company with the topic `gov.soe` (state-owned enterprise).
    static func organisationSchema(type: String) -> (schema: String, topics: [String], classification: String?) {
        switch type {
        case "company": return ("Company", [], nil)
        case "state enterprise": return ("Company", ["gov.soe"], nil)
        case "government body": return ("PublicBody", [], nil)
        case "other": return ("Organization", [], nil)
        default: return ("Organization", [], type)  // media, association, university
        }
    }

    /// The organisation type of an FtM organisation, read back from its schema, topics and
    /// classification; nil when the schema is not one of an organisation.
    static func organisationType(schema: String, topics: [String], classification: [String]) -> String? {
        switch schema {
        case "Company": return topics.contains("gov.soe") ? "state enterprise" : "company"
        case "PublicBody": return "government body"
        case "Organization", "LegalEntity":
            return classification.first(where: { organisationClassifications.contains($0) }) ?? "other"
        default: return nil
        }
    }

    /// Organisation types that an FtM Organization carries as its `classification`.
    static let organisationClassifications: Set<String> = ["media", "association", "university"]

    /// The FtM schema of each kind. Minerals have none: FtM has no schema for a commodity (see README).
    static func schema(of kind: EntityKind) -> String? {
        switch kind {
        case .organisation: return "Organization"
        case .person: return "Person"
        case .place: return "Address"
        case .forum: return "Event"
        case .project: return "Asset"
        case .mineral: return nil
        }
    }

    /// The kind of an entity of FtM schema `schema`; nil for schemata the base has no kind for.
    static func kind(ofSchema schema: String) -> EntityKind? {
        switch schema {
        case "Company", "Organization", "PublicBody", "LegalEntity": return .organisation
        case "Person": return .person
        case "Address": return .place
        case "Event": return .forum
        case "Asset", "RealEstate": return .project
        default: return nil
        }
    }

    /// Every schema of FollowTheMoney 4 that an entity can have (its abstract ones, such as Thing or
    /// Interval, cannot). On import, one of these that the base has no place for is left out and
    /// counted; any other schema is a mistake in the file and a problem.
    static let schemata: Set<String> = [
        "Address", "Airplane", "Article", "Asset", "Associate", "Audio", "BankAccount", "Call", "CallForTenders", "Company",
        "Contract", "ContractAward", "Control", "CourtCase", "CourtCaseParty", "CryptoWallet", "Debt", "Directorship",
        "Document", "Documentation", "EconomicActivity", "Email", "Employment", "Event", "Family", "Folder", "HyperText",
        "Identification", "Image", "LegalEntity", "License", "Membership", "Mention", "Message", "Note", "Occupancy",
        "Organization", "Ownership", "Package", "Page", "Pages", "Passport", "Payment", "Person", "PlainText", "Position",
        "Project", "ProjectParticipant", "PublicBody", "RealEstate", "Representation", "Risk", "Sanction", "Security",
        "Similar", "Succession", "Table", "TaxRoll", "Territory", "Trip", "UnknownLink", "UserAccount", "Vehicle", "Vessel",
        "Video", "Workbook",
    ]

    /// FtM schemata that are documents, and so become sources on import.
    static let documentSchemata: Set<String> = ["Document", "Article", "HyperText", "PlainText", "Pages", "Page", "Table", "Workbook"]

    /// The schema of a source of `type`.
    static func documentSchema(sourceType: String) -> String {
        sourceType == "article" ? "Article" : "Document"
    }

    // MARK: - Links

    /// Where a link goes in FtM: an interval schema and the two properties naming its ends.
    struct Interval: Equatable {
        /// The schema: Ownership, Employment, Directorship, Membership or UnknownLink.
        var schema: String
        /// The property naming the link's `from` end, and the one naming its `to` end.
        var fromProperty: String
        var toProperty: String
    }

    /// The interval for a link; nil for links to minerals, which FtM cannot hold.
    ///
    /// - `works_at`: Directorship for a governing role (board, chair, managing director, chief
    ///   executive, president, director general), Membership in an association, else Employment.
    /// - `owns`: Ownership of the project (an FtM Asset), with the share as its percentage.
    /// - `subsidiary_of`: Ownership of the subsidiary by its parent, when the subsidiary is a
    ///   company (FtM lets only assets be owned).
    /// - everything else: UnknownLink, with the relation in words as its summary.
    static func interval(relation: String, fromKind: EntityKind, toKind: EntityKind, role: String?,
                         fromOrganisationType: String?, toOrganisationType: String?) -> Interval? {
        if fromKind == .mineral || toKind == .mineral { return nil }
        switch relation {
        case "works_at":
            if let role, isGoverningRole(role) { return Interval(schema: "Directorship", fromProperty: "director", toProperty: "organization") }
            if toOrganisationType == "association" { return Interval(schema: "Membership", fromProperty: "member", toProperty: "organization") }
            return Interval(schema: "Employment", fromProperty: "employee", toProperty: "employer")
        case "owns":
            return Interval(schema: "Ownership", fromProperty: "owner", toProperty: "asset")
        case "subsidiary_of" where organisationSchema(type: fromOrganisationType ?? "").schema == "Company":
            return Interval(schema: "Ownership", fromProperty: "asset", toProperty: "owner")
        default:
            return Interval(schema: "UnknownLink", fromProperty: "subject", toProperty: "object")
        }
    }

    /// Every interval schema the export writes, with its two end properties (for reading back).
    static let intervals: [Interval] = [
        Interval(schema: "Directorship", fromProperty: "director", toProperty: "organization"),
        Interval(schema: "Membership", fromProperty: "member", toProperty: "organization"),
        Interval(schema: "Employment", fromProperty: "employee", toProperty: "employer"),
        Interval(schema: "Ownership", fromProperty: "owner", toProperty: "asset"),
        Interval(schema: "UnknownLink", fromProperty: "subject", toProperty: "object"),
    ]

    /// Words that make a title a seat on the governing body rather than a job.
    static func isGoverningRole(_ role: String) -> Bool {
        let folded = " " + role.lowercased().map { $0.isLetter ? $0 : " " }.reduce(into: "") { $0.append($1) } + " "
        return governingRoleWords.contains { folded.contains(" \($0) ") }
    }

    static let governingRoleWords = [
        "board", "chair", "chairman", "chairwoman", "chairperson", "managing director", "chief executive", "ceo",
        "president", "director general", "executive director", "non executive director",
    ]

    // MARK: - Values

    /// A country place's FtM country code: its ISO 3166-1 alpha-2 code in lower case.
    static func countryCode(isoCode: String?) -> String? {
        guard let isoCode, isoCode.count == 2 else { return nil }
        return isoCode.lowercased()
    }
}
