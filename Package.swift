// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "MineralKB",
    products: [
        .library(name: "SQLite", targets: ["SQLite"]),
        .library(name: "MineralKB", targets: ["MineralKB"]),
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
        .executableTarget(name: "embed-schema"),
        .plugin(
            name: "EmbedSchema",
            capability: .buildTool(),
            dependencies: ["embed-schema"]
        ),
        .testTarget(
            name: "MineralKBTests",
            dependencies: ["MineralKB"]
        ),
        .testTarget(
            name: "SQLiteTests",
            dependencies: ["SQLite"]
        ),
    ]
)
