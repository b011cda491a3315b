// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "MineralKB",
    products: [
        .library(name: "SQLite", targets: ["SQLite"]),
        .library(name: "MineralKB", targets: ["MineralKB"]),
        .executable(name: "mkb", targets: ["mkb"]),
        // For the benchmark package (Benchmarks/), which shares the tests' helpers.
        .library(name: "TestSupport", targets: ["TestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The system libsqlite3 (Debian: libsqlite3-dev), seen through a tiny shim header.
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // Our safe Swift face of the SQLite C API. Knows nothing of minerals.
        .target(
            name: "SQLite",
            dependencies: ["CSQLite"]
        ),
        // The knowledge base: schema, import, queries, reports. Schema/*.sql is embedded at build time.
        .target(
            name: "MineralKB",
            dependencies: ["SQLite"],
            plugins: ["EmbedSchema"]
        ),
        // The `mkb` command line: parses, calls the library, renders, sets the exit code. Nothing more.
        .executableTarget(
            name: "mkb",
            dependencies: ["MineralKB", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "embed-schema"),
        .plugin(
            name: "EmbedSchema",
            capability: .buildTool(),
            dependencies: ["embed-schema"]
        ),
        // What the tests and the benchmarks share: temporary directories, the repository's folders,
        // a seeded random generator. Depends on nothing of ours.
        .target(name: "TestSupport"),
        .testTarget(
            name: "MineralKBTests",
            dependencies: ["MineralKB", "TestSupport"]
        ),
        // End-to-end tests that run the built `mkb` binary as a user would.
        .testTarget(
            name: "mkbTests",
            dependencies: ["MineralKB", "TestSupport"]
        ),
        .testTarget(
            name: "SQLiteTests",
            dependencies: ["SQLite", "TestSupport"]
        ),
    ]
)
