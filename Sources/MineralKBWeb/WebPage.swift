import Foundation
import HTTPTypes
import Hummingbird
import MineralKB
import MineralKBHTML

/// What a handler answers: a page in HTML and, for the same request, its JSON twin.
///
/// Both forms are rendered only when asked for: a request wants one of them, and encoding the
/// other (a whole `EntityReport` through `JSONEncoder`, say) would cost more than the page itself.
struct WebPage {
    var status: HTTPResponse.Status
    var title: String
    /// The page's body markup.
    var html: () -> String
    /// The JSON twin.
    var json: () throws -> Data
    /// The path of the JSON twin, linked from the page's footer.
    var jsonPath: String?

    /// A page whose forms are built (by the autoclosures) only when `response` needs one of them.
    init(status: HTTPResponse.Status = .ok, title: String, html: @autoclosure @escaping () -> String,
         json: @autoclosure @escaping () throws -> Data, jsonPath: String?) {
        self.status = status
        self.title = title
        self.html = html
        self.json = json
        self.jsonPath = jsonPath
    }

    /// Either form, as the request asked: a `.json` path or an Accept header that prefers JSON.
    func response(json wantsJSON: Bool, byteLimit: Int) throws -> Response {
        if wantsJSON {
            return WebPage.response(status: status, contentType: "application/json; charset=utf-8",
                                    body: ByteBuffer(bytes: try json()), byteLimit: byteLimit)
        }
        let document = PageLayout.document(title: title, body: html(), linkBase: "", jsonTwin: jsonPath)
        return WebPage.response(status: status, contentType: "text/html; charset=utf-8", body: ByteBuffer(string: document), byteLimit: byteLimit)
    }

    /// Every response carries the same protective headers; a body past the limit becomes an error.
    static func response(status: HTTPResponse.Status, contentType: String, body: ByteBuffer, byteLimit: Int,
                         extraHeaders: HTTPFields = [:]) -> Response {
        guard body.readableBytes <= byteLimit else {
            let message = "The page would be larger than \(byteLimit >> 20) MB; narrow the request (filters, a smaller page, LIMIT)."
            return response(status: .internalServerError, contentType: "text/plain; charset=utf-8", body: ByteBuffer(string: message), byteLimit: .max)
        }
        var headers = protectiveHeaders
        headers.append(contentsOf: extraHeaders)
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body))
    }

    /// No script runs on these pages, so even a markup mistake could not run one; no sniffing of types.
    static let protectiveHeaders: HTTPFields = {
        var fields = HTTPFields()
        let values = [
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; object-src 'self'; frame-src 'self'; "
                + "form-action 'self'; frame-ancestors 'self'; base-uri 'none'"),
            ("Referrer-Policy", "no-referrer"),
        ]
        for (name, value) in values {
            if let name = HTTPField.Name(name) { fields[name] = value }
        }
        return fields
    }()
}
