import ArgumentParser
import PlanWeb

/// `plan-web [--host 127.0.0.1] [--port 8080]`: serves the plan web tool until interrupted.
@main
struct PlanWebCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plan-web", abstract: "Upload ward plans, get diagnostics, download any format.")

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    func run() async throws {
        try await PlanWebServer().application(host: host, port: port).runService()
    }
}
