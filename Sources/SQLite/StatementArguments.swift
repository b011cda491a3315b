/// The values for a statement's parameters: by position (`?`, `?NNN`) or by name (`:name`, `@name`, `$name`).
///
/// Written as literals: `[name, 1955, nil]` or `["name": name, "year": 1955]`.
/// Names may be given with or without their prefix.
public enum StatementArguments {
    /// Values for `?` and `?NNN` parameters, in order; nil binds NULL.
    case positional([(any SQLiteBindable)?])
    /// Values by parameter name, with or without its `:`, `@` or `$` prefix; nil binds NULL.
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
    /// `[name, 1955, nil]`: positional arguments.
    public init(arrayLiteral elements: (any SQLiteBindable)?...) {
        self = .positional(elements)
    }
}

extension StatementArguments: ExpressibleByDictionaryLiteral {
    /// `["name": name, "year": 1955]`: named arguments; a name given twice keeps its last value.
    public init(dictionaryLiteral elements: (String, (any SQLiteBindable)?)...) {
        self = .named(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
