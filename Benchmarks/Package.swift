// swift-tools-version:6.1
// The benchmarks: MineralKB's wrapper and knowledge base measured against raw C, the sqlite3 shell
// and GRDB, in their own package so that the product's dependencies stay as short as they are.
//
// Run from the repository's top folder (see BENCHMARKS.md):
//     swift build -c release --package-path Benchmarks && Benchmarks/.build/release/SQLiteBenchmark
import PackageDescription

let package = Package(
    name: "MineralKBBenchmarks",
    dependencies: [
        .package(name: "MineralKB", path: ".."),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        // The wrapper benchmark's raw side: the same workloads as plain C loops over the SQLite API.
        .target(
            name: "CRawBenchmark",
            linkerSettings: [.linkedLibrary("sqlite3")]
        ),
        // The wrapper benchmark: ours vs raw C vs GRDB, alternated round by round. Run in release.
        .executableTarget(
            name: "SQLiteBenchmark",
            dependencies: [
                "CRawBenchmark",
                .product(name: "SQLite", package: "MineralKB"),
                .product(name: "TestSupport", package: "MineralKB"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // The knowledge-base benchmark's raw side: the rows an import wrote, inserted again by plain C
        // on a connection opened as the wrapper benchmark's raw side opens one.
        .target(
            name: "CKBRawImport",
            dependencies: ["CRawBenchmark"],
            linkerSettings: [.linkedLibrary("sqlite3")]
        ),
        // The knowledge-base benchmark: generated documents at scale, import and queries vs raw C and
        // the sqlite3 shell, and the `mkb` binary (built with it) against `sqlite3 -csv`. Run in release.
        .executableTarget(
            name: "KBBenchmark",
            dependencies: [
                "CKBRawImport",
                "CRawBenchmark",
                .product(name: "MineralKB", package: "MineralKB"),
                .product(name: "SQLite", package: "MineralKB"),
                .product(name: "TestSupport", package: "MineralKB"),
                .product(name: "mkb", package: "MineralKB"),
                // Built beside KBBenchmark so that web.* finds the server next to it.
                .product(name: "mkb-serve", package: "MineralKB"),
            ]
        ),
        // The drafting benchmark: `mkb draft`'s work on a 1,000-word article (wall and CPU time). Run in release.
        .executableTarget(
            name: "DraftBenchmark",
            dependencies: [.product(name: "MineralKB", package: "MineralKB")]
        ),
    ]
)
