import Foundation

/// A file an export writes: never the database or its journals (also through symbolic or hard
/// links), and always complete or absent, as it is written under a temporary name in the same
/// directory and renamed over its final name only once it is whole.
final class OutputFile {
    /// Where the file goes, as the user named it.
    let url: URL
    private let temporaryPath: String
    private let handle: FileHandle
    private var isCommitted = false

    /// Opens a temporary file beside `url`; refuses `url` if it is the database at `databasePath` or one of its journals.
    init(_ url: URL, databasePath: String) throws {
        try OutputFile.refuseDatabase(url, databasePath: databasePath)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw UserError("cannot write \(url.path): it is a directory")
        }
        self.url = url
        let directory = url.deletingLastPathComponent().path
        temporaryPath = URL(fileURLWithPath: directory)
            .appendingPathComponent(".\(url.lastPathComponent).mkb-tmp-\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))").path
        let descriptor = open(temporaryPath, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw UserError("cannot write \(url.path): \(String(cString: strerror(errno)))")
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// A buffer that writes into the temporary file.
    func makeBuffer() -> OutputBuffer { OutputBuffer(handle) }

    /// Gives the complete file its name (replacing what was there); throws if any write failed.
    func commit(_ buffer: OutputBuffer) throws {
        buffer.flush()
        if let failure = buffer.failure {
            throw UserError("cannot write \(url.path): \(failure); nothing was written there")
        }
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            throw UserError("cannot write \(url.path): \(error.localizedDescription); nothing was written there")
        }
        guard rename(temporaryPath, url.path) == 0 else {
            throw UserError("cannot write \(url.path): \(String(cString: strerror(errno))); nothing was written there")
        }
        isCommitted = true
    }

    /// Writes `data` to `url` through a temporary file.
    static func write(_ data: Data, to url: URL, databasePath: String) throws {
        let file = try OutputFile(url, databasePath: databasePath)
        let buffer = file.makeBuffer()
        buffer.write(bytes: data)
        try file.commit(buffer)
    }

    deinit {
        if !isCommitted { unlink(temporaryPath) }
    }

    // MARK: - The database is not an output

    /// Refuses an output that is (or, once written, would be) the database or its -wal, -shm or -journal.
    static func refuseDatabase(_ url: URL, databasePath: String) throws {
        let database = URL(fileURLWithPath: databasePath)
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let protected = URL(fileURLWithPath: database.path + suffix)
            if sameFile(url, protected) || resolvedPath(url) == resolvedPath(protected) {
                throw UserError("refused: the output \(url.path) is the database \(suffix.isEmpty ? "" : "'s \(suffix) file ")(\(databasePath)); choose another file")
            }
        }
    }

    /// True when both exist and are one file (through symbolic links and hard links alike).
    private static func sameFile(_ a: URL, _ b: URL) -> Bool {
        var first = stat(), second = stat()
        guard stat(a.path, &first) == 0, stat(b.path, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    /// The path with its directory's symbolic links resolved (the file itself may not exist yet).
    private static func resolvedPath(_ url: URL) -> String {
        let directory = url.deletingLastPathComponent().path
        guard let resolved = realpath(directory, nil) else { return url.standardizedFileURL.path }
        defer { free(resolved) }
        return URL(fileURLWithPath: String(cString: resolved)).appendingPathComponent(url.lastPathComponent).path
    }
}
