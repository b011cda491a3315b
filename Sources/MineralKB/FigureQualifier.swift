/// How exact a figure is, as printed: "about 900", "more than 800", "over 850".
public enum FigureQualifier: String, CaseIterable, Codable, Sendable {
    /// Exactly; about; more than ("over"); at least; fewer than; at most.
    case exactly, about, moreThan = "more than", atLeast = "at least", fewerThan = "fewer than", atMost = "at most"
}
