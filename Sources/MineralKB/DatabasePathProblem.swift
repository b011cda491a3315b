/// Why a path cannot be a knowledge base's file, found before SQLite is given the path.
///
/// SQLite reads `file:x` as a URI and `:memory:` as a database in memory, blocks forever opening a
/// FIFO and writes a journal beside a device: a knowledge base is a regular file, always.
public enum DatabasePathProblem: Hashable, Sendable, CustomStringConvertible {
    /// The path is empty.
    case empty
    /// The path starts with `file:`, which SQLite would read as a URI.
    case uri
    /// The path is `:memory:`, SQLite's name for a database in memory.
    case memoryName
    /// Something other than a regular file is there: a directory, a FIFO, a device, a socket.
    case notARegularFile(kind: FileKind)
    /// A symbolic link on the way leads to itself.
    case symbolicLinkLoop
    /// A symbolic link that leads to nothing.
    case danglingSymbolicLink
    /// The directory that would hold the file does not exist (or is not a directory).
    case missingDirectory(String)
    /// The system refused to look at the path (permissions, I/O), with its reason.
    case inaccessible(reason: String)

    /// What is found at a path that is not a regular file.
    public enum FileKind: String, Hashable, Sendable {
        /// A directory.
        case directory
        /// A named pipe: opening it would wait for a writer forever.
        case fifo = "FIFO (named pipe)"
        /// A character device such as `/dev/null`.
        case characterDevice = "character device"
        /// A block device (a disk).
        case blockDevice = "block device"
        /// A Unix-domain socket.
        case socket
        /// Anything else that is not a regular file.
        case other = "special file"
    }

    /// The problem in a few words: "it is a FIFO (named pipe), not a regular file".
    public var description: String {
        switch self {
        case .empty: return "the path is empty"
        case .uri: return "it is a SQLite URI, not a file path (for a file whose name starts with \"file:\", write ./file:…)"
        case .memoryName: return "it is SQLite's name for a database in memory, not a file path (for a file so named, write ./:memory:)"
        case .notARegularFile(let kind): return "it is a \(kind.rawValue), not a regular file"
        case .symbolicLinkLoop: return "it is a loop of symbolic links"
        case .danglingSymbolicLink: return "it is a symbolic link to a file that does not exist"
        case .missingDirectory(let directory): return "the directory \(directory) does not exist"
        case .inaccessible(let reason): return "it cannot be looked at: \(reason)"
        }
    }
}
