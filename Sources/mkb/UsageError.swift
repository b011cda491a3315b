/// A usage problem found after parsing (an unknown column or presence kind): printed after `error:`,
/// exit code 2, like the usage errors ArgumentParser finds.
struct UsageError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
