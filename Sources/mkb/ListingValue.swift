import MineralKB

/// One cell of a listing: a plain value, or a list, which flat formats join and JSON keeps as an array.
enum ListingValue {
    /// A single value (text, number or NULL): the same in every format.
    case value(QueryValue)
    /// A list of names: `a; b` in table, csv and markdown, an array of strings in JSON.
    case list([String])
    /// A structured value: `text` in table, csv and markdown, `json` in JSON (sources with their evidence).
    case structured(text: String?, json: JSONTree)

    /// The cell for table, csv and markdown.
    var flat: QueryValue {
        switch self {
        case .value(let value): return value
        case .list(let items): return items.isEmpty ? .null : .text(items.joined(separator: "; "))
        case .structured(let text, _): return text.map(QueryValue.text) ?? .null
        }
    }

    /// The cell for json and jsonl.
    var json: JSONTree {
        switch self {
        case .value(let value): return JSONTree.value(value)
        case .list(let items): return .array(items.map(JSONTree.string))
        case .structured(_, let json): return json
        }
    }
}
