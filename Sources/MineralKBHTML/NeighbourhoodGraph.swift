import Foundation
import MineralKB

/// The picture of an entity's connections: its report's links as a Graphviz graph, laid out by `dot`
/// into SVG. Nodes link to their entities' pages; edges are labelled in words with their particulars.
public struct NeighbourhoodGraph: Sendable {
    /// The most links drawn; past it the picture says how many were left out.
    public static let maximumEdges = 60

    /// The `dot` executable, if Graphviz is installed.
    public let dotPath: String?
    /// Seconds `dot` may run before it is stopped.
    public let timeLimit: Double

    /// Finds `dot` on the PATH (or at `dotPath` when given).
    public init(dotPath: String? = NeighbourhoodGraph.findDot(), timeLimit: Double = 5) {
        self.dotPath = dotPath
        self.timeLimit = timeLimit
    }

    /// `dot` on the PATH, or nil.
    public static func findDot() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Why there is no picture when Graphviz is missing.
    public static let missingReason = "No picture: Graphviz's dot is not installed on the server (on Debian or Ubuntu: apt-get install graphviz). Everything else on the page is complete."

    /// The graph in DOT. `linkBase` nil: nodes do not link (a stand-alone file).
    public static func dot(for report: EntityReport, linkBase: String?) -> String {
        var lines = [
            "digraph neighbourhood {",
            "  rankdir=LR; bgcolor=\"transparent\";",
            "  node [fontname=\"Helvetica\", fontsize=11, style=filled, fillcolor=\"#ffffff\", color=\"#5b6b7b\"];",
            "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#7a8794\", fontcolor=\"#333333\"];",
        ]
        var nodes: [EntityRef] = [report.entity]
        var seen: Set<Int64> = [report.entity.id]
        var edges: [String] = []
        let links = report.linkGroups.flatMap(\.links)
        for link in links.prefix(maximumEdges) {
            if seen.insert(link.other.id).inserted { nodes.append(link.other) }
            let (from, to) = link.isIncoming ? (link.other.id, report.entity.id) : (report.entity.id, link.other.id)
            let words = ([link.label] + LinkWording.particulars(link)).map { wrap($0) }.joined(separator: "\n")
            let style = link.relation == "part_of" ? ", style=dashed" : ""
            edges.append("  n\(from) -> n\(to) [label=\(quoted(words))\(style)];")
        }
        for node in nodes {
            var attributes = "label=\(quoted(wrap(node.name))), shape=\(shape(node.kind)), tooltip=\(quoted("\(node.name) (\(node.kind.rawValue) #\(node.id))"))"
            if let linkBase { attributes += ", URL=\(quoted(linkBase + "/entity/\(node.id)")), target=\"_top\"" }
            if node.id == report.entity.id { attributes += ", penwidth=2, fillcolor=\"#e8f0f8\"" }
            lines.append("  n\(node.id) [\(attributes)];")
        }
        lines += edges
        if links.count > maximumEdges {
            lines.append("  more [shape=plaintext, label=\(quoted("and \(links.count - maximumEdges) more links (see the tables)"))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The SVG of the report's picture, or why there is none.
    public func svg(for report: EntityReport, linkBase: String?) -> Result<String, PictureError> {
        guard let dotPath else { return .failure(PictureError(message: NeighbourhoodGraph.missingReason)) }
        return run(dotPath: dotPath, input: NeighbourhoodGraph.dot(for: report, linkBase: linkBase))
    }

    /// The picture for an entity page: inline SVG, or the reason it is missing.
    public func picture(for report: EntityReport, linkBase: String?) -> EntityPicture {
        switch svg(for: report, linkBase: linkBase) {
        case .success(let svg): return .inline(svg: NeighbourhoodGraph.embeddable(svg))
        case .failure(let error): return .unavailable(reason: error.message)
        }
    }

    /// Why the picture could not be drawn.
    public struct PictureError: Error, Sendable {
        /// In words, for the page.
        public let message: String
    }

    private func run(dotPath: String, input: String) -> Result<String, PictureError> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dotPath)
        process.arguments = ["-Tsvg"]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            return .failure(PictureError(message: "No picture: dot could not be started (\(error))."))
        }
        // dot reads all of its input before it writes: write, close, then read to the end.
        let writer = stdin.fileHandleForWriting
        writer.write(Data(input.utf8))
        try? writer.close()
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: timer)
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            return .failure(PictureError(message: "No picture: dot failed or took longer than \(LinkWording.number(timeLimit)) s."))
        }
        return .success(String(decoding: output, as: UTF8.self))
    }

    /// The SVG without its XML prolog and doctype, to sit inside an HTML page.
    public static func embeddable(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        return String(svg[start.lowerBound...])
    }

    /// A DOT string: quotes and backslashes escaped (so `\N`, `\G` and the like stay literal),
    /// line breaks as DOT's `\n`, control characters dropped (SVG is XML, which forbids them).
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            default:
                if HTMLEscaping.isControl(scalar) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Long labels broken at spaces, about every 28 characters.
    static func wrap(_ text: String) -> String {
        guard text.count > 28 else { return text }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + word.count > 28 {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    static func shape(_ kind: EntityKind) -> String {
        switch kind {
        case .organisation: return "box"
        case .person: return "ellipse"
        case .place: return "house"
        case .mineral: return "diamond"
        case .forum: return "octagon"
        case .project: return "component"
        }
    }

    /// The shape in words, for the legend.
    static func shapeName(_ kind: EntityKind) -> String {
        switch kind {
        case .organisation: return "▭ box"
        case .person: return "◯ ellipse"
        case .place: return "⌂ house"
        case .mineral: return "◆ diamond"
        case .forum: return "⯃ octagon"
        case .project: return "⧉ component"
        }
    }
}
