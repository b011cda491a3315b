import Foundation

/// A new knowledge base built in a file of its own beside its final name, which it takes only once
/// complete: a crash or a failure leaves no file at the final name, or a complete one.
///
/// The file is created exclusively (no other process can have it), and put in place with `link`,
/// which fails rather than replace a file someone else created meanwhile.
final class NewDatabaseFile {
    /// The building file's absolute path.
    let path: String

    /// Creates an empty, new file named after `file` in the same directory (so that linking it into
    /// place never crosses file systems).
    init(beside file: DatabaseFile) throws {
        let name = URL(fileURLWithPath: file.absolutePath).lastPathComponent
        let random = UInt32.random(in: 0...UInt32.max)
        path = URL(fileURLWithPath: file.directory)
            .appendingPathComponent(".\(name).mkb-new-\(getpid())-\(String(random, radix: 16))").path
        let error = FilesInProgress.create(path)
        guard error == 0 else {
            let reason = String(cString: strerror(error))
            throw error == EACCES || error == EROFS
                ? KnowledgeBaseError.readOnlyFile(path: file.path, forReading: false)
                : KnowledgeBaseError.unusablePath(path: file.path, problem: .inaccessible(reason: "cannot create a file beside it: \(reason)"))
        }
    }

    /// Gives the complete file its final name. False when a file of that name appeared meanwhile
    /// (another process created the knowledge base first): it is left as it is.
    func publish(as target: String) throws -> Bool {
        if link(path, target) != 0 {
            let error = errno
            if error == EEXIST { return false }
            // A file system without hard links: rename, after a last look (a narrow race, as rename replaces).
            guard error == EPERM || error == ENOTSUP || error == EOPNOTSUPP || error == EMLINK else {
                throw KnowledgeBaseError.unusablePath(path: target, problem: .inaccessible(reason: String(cString: strerror(error))))
            }
            if FileManager.default.fileExists(atPath: target) { return false }
            guard rename(path, target) == 0 else {
                throw KnowledgeBaseError.unusablePath(path: target, problem: .inaccessible(reason: String(cString: strerror(errno))))
            }
        }
        // The new name must survive a crash as the file's content does.
        let directory = open(URL(fileURLWithPath: target).deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
        return true
    }

    /// Removes the building file's name and its journals (after publishing, the file lives on under its final name).
    func remove() {
        for suffix in FilesInProgress.companionSuffixes { unlink(path + suffix) }
        FilesInProgress.remove(path)
    }
}

/// The files in which this process is building new knowledge bases right now.
///
/// A program that ends on a signal (Ctrl-C) removes them, with their journals, so that an interrupted
/// first import leaves nothing behind: `FilesInProgress.removeAllAndExit(code:)`.
public enum FilesInProgress {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var building: Set<String> = []

    /// The file itself and the journals SQLite keeps beside it.
    static let companionSuffixes = ["", "-wal", "-shm", "-journal"]

    /// Removes a building file and its journals; safe to call from a signal-handling thread.
    private static func removeFiles(of path: String) {
        for suffix in companionSuffixes { unlink(path + suffix) }
    }

    /// Removes every building file and ends the process with `code`, holding the lock to the end: a
    /// file that another thread was about to create is either seen here and removed, or never made
    /// (its `create` waits for the lock until the process is gone). Looking, then exiting without the
    /// lock, let a file created in between outlive an interrupted first import.
    public static func removeAllAndExit(code: Int32) -> Never {
        lock.lock()
        for path in building { removeFiles(of: path) }
        _exit(code)
    }

    /// Creates `path` exclusively and records it, under the lock; 0, or the `errno` of the failure.
    static func create(_ path: String) -> Int32 {
        lock.withLock {
            let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { return errno }
            close(descriptor)
            building.insert(path)
            return 0
        }
    }
    static func remove(_ path: String) { _ = lock.withLock { building.remove(path) } }
}
