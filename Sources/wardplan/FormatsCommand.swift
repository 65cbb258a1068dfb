import ArgumentParser
import WardPlan

/// `wardplan formats` — the registered exporters.
struct FormatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "formats", abstract: "List the export formats.")

    func run() throws {
        for format in try BuiltinExporters.registry().formats {
            print("\(format.name)\t\(format.summary)")
        }
    }
}
