import Foundation

/// Quotes SQL identifiers: the one place where a name is put into SQL text.
///
/// Values are always bound as parameters; only identifiers (a table name read from the schema)
/// cannot be, so they pass through `quoted(_:)`, which doubles every embedded double quote.
enum SQLIdentifier {
    /// `quotes` → `"quotes"`, `a"b` → `"a""b"`.
    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
