/// A problem the user can fix that the library does not describe itself (an unwritable output file).
/// Printed as it is, with exit code 1.
struct UserError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
