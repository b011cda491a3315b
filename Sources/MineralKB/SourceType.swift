/// What kind of document a source is.
public enum SourceType: String, CaseIterable, Codable, Sendable {
    /// A news article; a report; a regulatory filing; a press release; a web page; an interview; a data set; anything else.
    case article, report, filing, pressRelease = "press release", webPage = "web page", interview, dataset, other
}
