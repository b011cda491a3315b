import Foundation

/// Folders of this repository, for tests and benchmarks run from a checkout.
///
/// Found once, from this file's place in the checkout (Sources/TestSupport/), so it does not
/// matter which directory a test or benchmark runs in.
public enum Repository {
    /// The checkout's top folder, holding Package.swift.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Fixtures/`: the bundled import documents.
    public static let fixtures = root.appendingPathComponent("Fixtures", isDirectory: true)

    /// `Schema/`: the migrations and the document JSON Schema.
    public static let schema = root.appendingPathComponent("Schema", isDirectory: true)
}
