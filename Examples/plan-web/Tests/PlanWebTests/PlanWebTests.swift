import ExampleSupport
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
import Logging
import PlanWeb
import ServiceLifecycle
import Testing

/// The web tool on loopback: a real server on 127.0.0.1 and a free port, spoken to over HTTP.
@Suite("Plan web tool")
struct PlanWebTests {
    /// Runs a server with `limits` for the duration of `body`, which gets its base URL.
    private func withServer(limits: PlanWebServer.Limits = .init(), _ body: (URL) async throws -> Void) async throws {
        let (ports, port) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "plan-web-test")
        logger.logLevel = .warning
        let application = PlanWebServer(limits: limits).application(port: 0) { port.yield($0) }
        let services = ServiceGroup(configuration: .init(services: [application], gracefulShutdownSignals: [], logger: logger))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await services.run() }
            var iterator = ports.makeAsyncIterator()
            let bound = try #require(await iterator.next())
            do {
                try await body(URL(string: "http://127.0.0.1:\(bound)")!)
            } catch {
                await services.triggerGracefulShutdown()
                throw error
            }
            await services.triggerGracefulShutdown()
            try await group.waitForAll()
        }
    }

    private func send(_ url: URL, method: String = "GET", body: Data? = nil) async throws -> (status: Int, headers: [String: String], body: Data) {
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        let headers = Dictionary(uniqueKeysWithValues: http.allHeaderFields.compactMap { key, value in
            (key as? String).map { ($0.lowercased(), "\(value)") }
        })
        return (http.statusCode, headers, data)
    }

    private func json(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("upload the sample, then download it as HTML, CSV, XLSX and JSON with the right types and file names")
    func roundTrip() async throws {
        try await withServer { base in
            let upload = try await send(base.appendingPathComponent("plans"), method: "POST", body: try Data(contentsOf: ExampleSupport.sample))
            #expect(upload.status == 201)
            let created = try json(upload.body)
            #expect(created["ward"] as? String == "東住吉区")
            #expect(created["totalThousandYen"] as? Int == 135_783)
            let id = try #require(created["id"] as? String)
            let expected = ["html": "text/html; charset=utf-8", "csv": "text/csv; charset=utf-8",
                            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "json": "application/json"]
            for (format, contentType) in expected {
                let download = try await send(base.appendingPathComponent("plans/\(id).\(format)"))
                #expect(download.status == 200, "\(format)")
                #expect(download.headers["content-type"] == contentType)
                #expect(download.headers["content-disposition"] == "attachment; filename=\"2020-____-draft.\(format)\"; "
                        + "filename*=UTF-8''2020-%E6%9D%B1%E4%BD%8F%E5%90%89%E5%8C%BA-draft.\(format)")
                #expect(download.body.count > 500)
            }
            let page = try await send(base.appendingPathComponent("plans/\(id).html"))
            #expect(String(decoding: page.body, as: UTF8.self).contains("中学生海外派遣の推進"))
            let table = try await send(base.appendingPathComponent("plans/\(id).csv"))
            #expect(String(decoding: table.body, as: UTF8.self).contains("中学生海外派遣の推進,5237,"))
            let workbook = try await send(base.appendingPathComponent("plans/\(id).xlsx"))
            #expect(workbook.body.starts(with: [0x50, 0x4B, 0x03, 0x04]))
            let plan = try json(try await send(base.appendingPathComponent("plans/\(id).json")).body)
            #expect(plan["fiscalYear"] as? Int == 2020)
        }
    }

    @Test("each error status: 400 not a plan, 422 a plan with errors, 413 too large, 404 unknown plan or format")
    func errors() async throws {
        try await withServer(limits: .init(bodyBytes: 100_000, plans: 1)) { base in
            let plans = base.appendingPathComponent("plans")
            let notPlan = try await send(plans, method: "POST", body: Data("{\"ward\": 3}".utf8))
            #expect(notPlan.status == 400)
            let error = try #require(try json(notPlan.body)["error"] as? [String: Any])
            #expect(error["field"] as? String == "ward")
            #expect(error["line"] as? Int == 1 && error["column"] as? Int == 10)
            let invalid = try await send(plans, method: "POST", body: Data("令和2年度 東住吉区運営方針\n【経営課題1】課題\n".utf8))
            #expect(invalid.status == 422)
            let diagnostics = try #require(try json(invalid.body)["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.contains { $0["severity"] as? String == "error" && ($0["message"] as? String)?.contains("区の目標") == true })
            let large = try await send(plans, method: "POST", body: Data(repeating: 0x41, count: 200_000))
            #expect(large.status == 413)
            #expect(try await send(base.appendingPathComponent("plans/99.html")).status == 404)
            let first = try json(try await send(plans, method: "POST", body: try Data(contentsOf: ExampleSupport.sample)).body)
            #expect(try await send(base.appendingPathComponent("plans/\(first["id"] as? String ?? "").pdf")).status == 404)
            // One plan kept at most: the second upload pushes the first out.
            _ = try await send(plans, method: "POST", body: try Data(contentsOf: ExampleSupport.sample))
            #expect(try await send(base.appendingPathComponent("plans/\(first["id"] as? String ?? "").json")).status == 404)
        }
    }
}
