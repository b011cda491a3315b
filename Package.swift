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
        .library(name: "MineralKBHTML", targets: ["MineralKBHTML"]),
        .executable(name: "mkb-serve", targets: ["mkb-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The web server only (mkb-serve); `mkb` itself never builds them. No traits: nothing here
        // needs swift-configuration.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
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
            dependencies: ["MineralKB", "MineralKBHTML", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The pages: HTML (and SVG through Graphviz) for every library answer, escaped for where each
        // value goes. Knows only MineralKB: `mkb report --format html` uses it without a web server.
        .target(
            name: "MineralKBHTML",
            dependencies: ["MineralKB"]
        ),
        // The web layer: routes, a pool of read-only connections, limits. Hummingbird 2 and swift-log.
        .target(
            name: "MineralKBWeb",
            dependencies: [
                "MineralKB", "MineralKBHTML", "SQLite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // `mkb-serve`, started by `mkb serve`: its own executable so that `mkb` builds without Hummingbird.
        .executableTarget(
            name: "mkb-serve",
            dependencies: ["MineralKBWeb", .product(name: "ArgumentParser", package: "swift-argument-parser")]
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
        // The web interface end to end: the built mkb-serve on a loopback port, and headless Chromium.
        .testTarget(
            name: "MineralKBWebTests",
            dependencies: ["MineralKB", "MineralKBHTML"]
        ),
        .testTarget(
            name: "SQLiteTests",
            dependencies: ["SQLite", "TestSupport"]
        ),
    ]
)
