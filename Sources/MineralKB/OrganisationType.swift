/// What kind of body an organisation is.
public enum OrganisationType: String, CaseIterable, Codable, Sendable {
    /// A firm; a state-owned enterprise; a ministry or agency; an outlet; an industry association; a university; anything else.
    case company, stateEnterprise = "state enterprise", governmentBody = "government body", media, association, university, other
}
