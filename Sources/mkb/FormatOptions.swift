import ArgumentParser

/// The `--format` option shared by every listing command.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, csv, json, jsonl or markdown.")
    var format: OutputFormat = .table
}
