import Dispatch
import Foundation
import MineralKB

/// How `mkb` ends on a signal, and what a closed pipe means.
enum Signals {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Ctrl-C (SIGINT), SIGTERM and SIGHUP end the process as they would, after removing the files of a
    /// new knowledge base still being built (an interrupted first import leaves nothing behind); the
    /// exit code is 128 + the signal's number, as a shell reports it. SIGPIPE is ignored: a reader
    /// that goes away (`mkb sql … | head -1`) makes the next write fail with EPIPE, which ends the
    /// output quietly instead of killing the process.
    static func install() {
        signal(SIGPIPE, SIG_IGN)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { FilesInProgress.removeAllAndExit(code: 128 + number) }
            source.resume()
            sources.append(source)
        }
    }
}
