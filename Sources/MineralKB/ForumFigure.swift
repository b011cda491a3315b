/// A figure about a forum as one source gives it: "attendance: about 900".
public struct ForumFigure: Hashable, Codable, Sendable {
    /// What is counted: `attendance`, `delegations`, `agreements signed`...
    public var figure: String
    /// The number.
    public var value: Double
    /// How exact it is; nil when printed plainly.
    public var qualifier: FigureQualifier?
    /// The words as printed: "over 850 participants".
    public var printed: String?

    /// A figure `figure` of `value`, qualified and as printed where known.
    public init(figure: String, value: Double, qualifier: FigureQualifier? = nil, printed: String? = nil) {
        self.figure = figure
        self.value = value
        self.qualifier = qualifier
        self.printed = printed
    }

    /// The JSON field names.
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case figure, value, qualifier, printed
    }
}
