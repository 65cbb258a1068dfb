import ArgumentParser
import WardPlan
import WardPlanCSV
import WardPlanExport
import WardPlanHTML
import WardPlanJSON
import WardPlanXLSX

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `wardplan` command line as a library: ship your own `wardplan` with one more exporter.
///
/// ```swift
/// import WardPlanCLI
///
/// var registry = WardPlanCLI.builtinRegistry()
/// try registry.register(MarkdownExporter())
/// WardPlanCLI.main(registry: registry)
/// ```
///
/// Exit status: 0 success; 1 invalid input, an invalid plan, or a failed export; 2 a usage error
/// (an unknown command, format or option, or a value an option does not take).
public enum WardPlanCLI {
    /// The version `wardplan --version` prints.
    public static let version = "0.1.0"

    /// The exporters `wardplan` offers: json, csv, html and xlsx.
    public static func builtinRegistry() -> ExporterRegistry {
        var registry = ExporterRegistry()
        // The built-in names are distinct, so registering them cannot fail.
        try? registry.register(JSONExporter())
        try? registry.register(CSVExporter())
        try? registry.register(HTMLExporter())
        try? registry.register(XLSXExporter())
        return registry
    }

    /// Runs the command line with the process's arguments, then exits with its status.
    public static func main(registry: ExporterRegistry) -> Never {
        exit(run(Array(CommandLine.arguments.dropFirst()), registry: registry))
    }

    /// Runs one command line (without the program name) and returns its exit status.
    public static func run(_ arguments: [String], registry: ExporterRegistry, console: Console = .standard) -> Int32 {
        let context = CLIContext(registry: registry, console: console)
        return CLIContext.$current.withValue(context) {
            // Exporter options written as flags belong to `export` alone: other commands keep their own flags.
            let rewritten = arguments.first == ExportCommand.configuration.commandName
                ? FormatOptionArguments.rewrite(arguments, registry: registry, reserved: ExportCommand.ownOptionNames) : arguments
            do {
                var command = try WardPlanCommand.parseAsRoot(rewritten)
                try command.run()
                return 0
            } catch {
                return status(for: error, on: console)
            }
        }
    }

    /// The exit status for an error, after printing it: the one place statuses are chosen. A usage error
    /// (the parser's, an unknown format or option) is 2; help is 0; anything else — bad input, an invalid
    /// plan, a failed export, an error of a third-party exporter — is 1.
    static func status(for error: any Error, on console: Console) -> Int32 {
        if let code = error as? ExitCode { return code.rawValue }
        if error is WardPlanError || error is BudgetError {
            let known = WardPlanError.wrapping(error)
            console.report(known)
            return known.kind.isUsageError ? 2 : 1
        }
        let code = WardPlanCommand.exitCode(for: error)
        let message = WardPlanCommand.fullMessage(for: error)
        if code == .success {
            do { try console.print(message) } catch { return status(for: error, on: console) }
            return 0
        }
        console.report(code == .validationFailure ? message : "\(Message.severity(.error).text(in: console.language)): \(message)")
        return code == .validationFailure ? 2 : 1
    }
}
