import Foundation
import Hummingbird
import NIOCore
import WardPlan
import WardPlanCLI
import WardPlanExport

/// A small web tool over WardPlan: upload a plan, get its diagnostics, download it in any format.
///
/// - `POST /plans` with a plan's published text or JSON: `201` with its id, figures and diagnostics
///   (line, column, field); `400` when the body is not a plan, `422` when the plan has errors (nothing kept),
///   `413` past ``Limits/bodyBytes``.
/// - `GET /plans/{id}.html|.csv|.xlsx|.json`: the plan rendered through the in-memory destination, with
///   its `Content-Type` and a `Content-Disposition` whose UTF-8 file name (RFC 6266 `filename*`) keeps
///   the ward's name; `404` for an unknown plan or format.
public struct PlanWebServer: Sendable {
    /// Bounds of the service.
    public struct Limits: Sendable {
        /// The largest body accepted, in bytes.
        public var bodyBytes: Int
        /// How many plans are kept in memory; past it the oldest is forgotten.
        public var plans: Int

        public init(bodyBytes: Int = 2 * 1024 * 1024, plans: Int = 200) {
            self.bodyBytes = bodyBytes
            self.plans = plans
        }
    }

    /// The formats served, by file extension: the exporter, its settings and the content type.
    static let formats: [String: (exporter: String, settings: [String: String], contentType: String)] = [
        "html": ("html", [:], "text/html; charset=utf-8"),
        "csv": ("csv", ["table": "initiatives"], "text/csv; charset=utf-8"),
        "xlsx": ("xlsx", ["layout": "forms"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "json": ("json", [:], "application/json"),
    ]

    private let limits: Limits
    private let store: PlanStore
    private let registry = WardPlanCLI.builtinRegistry()

    public init(limits: Limits = Limits()) {
        self.limits = limits
        store = PlanStore(capacity: limits.plans)
    }

    /// The router of the service.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("plans") { request, _ in try await upload(request) }
        router.get("plans/:file") { _, context in
            try await download(context.parameters.get("file") ?? "")
        }
        return router
    }

    /// The application listening on `host:port` (port 0: any free port, given to `onRunning`).
    public func application(host: String = "127.0.0.1", port: Int = 8080,
                            onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port)),
                    onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) })
    }

    private func upload(_ request: Request) async throws -> Response {
        var request = request
        let body: ByteBuffer
        do { body = try await request.collectBody(upTo: limits.bodyBytes) } catch {
            return Self.json(.contentTooLarge, ["error": ["kind": "tooLarge", "message": "the body is larger than \(limits.bodyBytes) bytes"]])
        }
        let read: (plan: OperatingPlan, diagnostics: [Diagnostic])
        do throws(WardPlanError) {
            read = try PlanUpload.read(Array(buffer: body))
        } catch {
            return Self.json(.badRequest, ["error": Self.describe(error), "diagnostics": error.diagnostics.map(Self.describe)])
        }
        let diagnostics = read.diagnostics.map(Self.describe)
        guard !read.diagnostics.containsErrors else {
            return Self.json(.unprocessableContent, ["error": ["kind": "invalidPlan", "message": "the plan has errors"], "diagnostics": diagnostics])
        }
        let budgeted: BudgetedPlan
        do throws(WardPlanError) { budgeted = try BudgetedPlan(read.plan) } catch {
            return Self.json(.unprocessableContent, ["error": Self.describe(error), "diagnostics": diagnostics])
        }
        let id = await store.add(read.plan)
        return Self.json(.created, [
            "id": id, "ward": read.plan.ward.name, "fiscalYear": read.plan.fiscalYear.startYear, "status": read.plan.status.rawValue,
            "totalThousandYen": budgeted.budget.total.amount, "diagnostics": diagnostics,
            "downloads": Self.formats.keys.sorted().map { "/plans/\(id).\($0)" },
        ], headers: [.location: "/plans/\(id).json"])
    }

    private func download(_ file: String) async throws -> Response {
        let id = String(file.prefix { $0 != "." })
        let fileExtension = String(file.dropFirst(id.count + 1))
        guard let format = Self.formats[fileExtension], let plan = await store.plan(id) else {
            return Self.json(.notFound, ["error": ["kind": "notFound", "message": "no plan \(id) in the format \"\(fileExtension)\""]])
        }
        let sink = ByteSink(memoryNamed: "response")
        var plans = PlanStream([plan])
        do {
            try registry.exporter(named: format.exporter).export(&plans, to: .stream(sink), settings: format.settings)
        } catch {
            return Self.json(.unprocessableContent, ["error": Self.describe(WardPlanError.wrapping(error, path: nil))])
        }
        let name = "\(plan.fiscalYear.startYear)-\(plan.ward.name)-\(plan.status.rawValue).\(fileExtension)"
        var headers: HTTPFields = [.contentType: format.contentType]
        headers[.contentDisposition] = ContentDisposition.attachment(named: name)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: sink.bytes)))
    }

    private static func describe(_ error: WardPlanError) -> [String: Any] {
        located(["kind": error.kind.rawValue, "message": error.message.english], at: error.location)
    }

    private static func describe(_ diagnostic: Diagnostic) -> [String: Any] {
        located(["severity": diagnostic.severity.rawValue, "message": diagnostic.message.english], at: diagnostic.location)
    }

    /// `fields` with the line, column and field of `location`, where known.
    private static func located(_ fields: [String: Any], at location: SourceLocation) -> [String: Any] {
        var fields = fields
        if let line = location.line { fields["line"] = line }
        if let column = location.column { fields["column"] = column }
        if let field = location.field { fields["field"] = field }
        return fields
    }

    private static func json(_ status: HTTPResponse.Status, _ object: [String: Any], headers: HTTPFields = [:]) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
