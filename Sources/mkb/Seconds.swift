import ArgumentParser

/// A number of seconds as people write it: `5`, `0.5`, `2.5e1`; never hexadecimal (`0x10`), `inf` or `nan`,
/// which Swift's `Double("…")` would accept.
struct Seconds: ExpressibleByArgument {
    let value: Double

    init(_ value: Double) { self.value = value }

    init?(argument: String) {
        guard argument.range(of: #"^[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$|^\.[0-9]+$"#, options: .regularExpression) != nil,
              let value = Double(argument), value > 0, value.isFinite
        else { return nil }
        self.value = value
    }

    var defaultValueDescription: String { String(value) }
}
