extension StringProtocol {
    /// The text without leading and trailing white space: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives, several times faster on the drafter's many short strings.
    func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
