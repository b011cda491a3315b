/// The values for a statement's parameters: by position (`?`, `?NNN`) or by name (`:name`, `@name`, `$name`).
///
/// Written as literals: `[name, 1955, nil]` or `["name": name, "year": 1955]`.
/// Names may be given with or without their prefix.
public enum StatementArguments {
    case positional([(any SQLiteBindable)?])
    case named([String: (any SQLiteBindable)?])

    /// No arguments.
    public static var none: StatementArguments { .positional([]) }

    var isEmpty: Bool {
        switch self {
        case .positional(let values): return values.isEmpty
        case .named(let values): return values.isEmpty
        }
    }
}

extension StatementArguments: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: (any SQLiteBindable)?...) {
        self = .positional(elements)
    }
}

extension StatementArguments: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, (any SQLiteBindable)?)...) {
        self = .named(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
