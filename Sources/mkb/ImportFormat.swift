import ArgumentParser

/// What `mkb import` reads.
enum ImportFormat: String, CaseIterable, ExpressibleByArgument {
    /// Documents in MineralKB's JSON import format (files or directories of .json files).
    case json
    /// One FollowTheMoney JSON lines file (an FtM export, an OpenSanctions extract).
    case ftm
    /// One CSV file of claims, one row per claim.
    case csv
}
