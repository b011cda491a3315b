/// The closed lists of words a document may use; the schema's CHECK constraints hold the same lists.
enum Vocabulary {
    static let organisationTypes = ["company", "state enterprise", "government body", "media", "association", "university", "other"]
    static let projectTypes = ["mine", "deposit", "plant", "block", "concession", "refinery", "project"]
    static let projectStatuses = ["exploration", "development", "construction", "operating", "suspended", "closed", "planned"]
    static let sourceTypes = ["article", "report", "filing", "press release", "web page", "interview", "dataset", "other"]
    static let quoteForms = ["direct", "paraphrase"]
}
