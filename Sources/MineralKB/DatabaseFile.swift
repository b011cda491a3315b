import Foundation

/// A knowledge base's file: the path as given (for messages) and the absolute path SQLite opens.
///
/// SQLite is only ever given an absolute path, so a name like `file:x` or `:memory:` can never be
/// read as a URI or a database in memory; such names are refused outright, since whoever typed
/// them meant what SQLite would have made of them.
struct DatabaseFile {
    /// What is at the path now.
    enum State { case missing, regularFile }

    /// The path as the user gave it.
    let path: String
    /// The same path made absolute against the current directory.
    let absolutePath: String

    init(_ path: String) throws {
        if path.isEmpty { throw KnowledgeBaseError.unusablePath(path: path, problem: .empty) }
        if path.hasPrefix("file:") { throw KnowledgeBaseError.unusablePath(path: path, problem: .uri) }
        if path == ":memory:" { throw KnowledgeBaseError.unusablePath(path: path, problem: .memoryName) }
        self.path = path
        absolutePath = path.hasPrefix("/") ? path
            : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path).path
    }

    /// The directory that holds the file.
    var directory: String { URL(fileURLWithPath: absolutePath).deletingLastPathComponent().path }

    /// Missing, or a regular file (through symbolic links); anything else is refused with its kind.
    func state() throws -> State {
        var status = stat()
        if stat(absolutePath, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG: return .regularFile
            case S_IFDIR: throw problem(.notARegularFile(kind: .directory))
            case S_IFIFO: throw problem(.notARegularFile(kind: .fifo))
            case S_IFCHR: throw problem(.notARegularFile(kind: .characterDevice))
            case S_IFBLK: throw problem(.notARegularFile(kind: .blockDevice))
            case S_IFSOCK: throw problem(.notARegularFile(kind: .socket))
            default: throw problem(.notARegularFile(kind: .other))
            }
        }
        let error = errno
        switch error {
        case ELOOP:
            throw problem(.symbolicLinkLoop)
        case ENOENT:
            var link = stat()
            if lstat(absolutePath, &link) == 0 { throw problem(.danglingSymbolicLink) }
            var directoryStatus = stat()
            guard stat(directory, &directoryStatus) == 0, directoryStatus.st_mode & S_IFMT == S_IFDIR else {
                throw problem(.missingDirectory(URL(fileURLWithPath: path).deletingLastPathComponent().path))
            }
            return .missing
        case ENOTDIR:
            throw problem(.missingDirectory(URL(fileURLWithPath: path).deletingLastPathComponent().path))
        default:
            throw problem(.inaccessible(reason: String(cString: strerror(error))))
        }
    }

    private func problem(_ problem: DatabasePathProblem) -> KnowledgeBaseError {
        .unusablePath(path: path, problem: problem)
    }
}
