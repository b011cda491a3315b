// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "MineralKB",
    products: [
        .library(name: "SQLite", targets: ["SQLite"]),
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
        .testTarget(
            name: "SQLiteTests",
            dependencies: ["SQLite"]
        ),
    ]
)
