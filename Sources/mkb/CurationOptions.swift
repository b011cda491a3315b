import ArgumentParser

/// The `--dry-run` flag every curation command takes.
struct CurationOptions: ParsableArguments {
    @Flag(name: .long, help: "Show what would change, without writing anything.")
    var dryRun = false
}
