import Hummingbird
import Logging

/// One log line per request, when it is answered: method, path, status and milliseconds.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, status: response.status.code, since: start)
            return response
        } catch let error as HTTPResponseError {
            log(request, status: error.status.code, since: start)
            throw error
        } catch {
            log(request, status: 500, since: start)
            throw error
        }
    }

    private func log(_ request: Request, status: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        // Tenths of a millisecond, in integers: String(format:) costs more than the rest of the line.
        let tenths = elapsed.components.seconds * 10_000 + elapsed.components.attoseconds / 100_000_000_000_000
        // The path is logged as received (percent-encoded), so a hostile one cannot forge log lines.
        logger.info("\(request.method) \(request.uri.description) \(status) \(tenths / 10).\(tenths % 10) ms")
    }
}
