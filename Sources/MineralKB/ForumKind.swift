/// What kind of event a forum is.
public enum ForumKind: String, CaseIterable, Codable, Sendable {
    /// A forum, a conference, a ceremony, a signing, an exhibition, a meeting.
    case forum, conference, ceremony, signing, exhibition, meeting
}
