import ArgumentParser
import WardPlan
import WardPlanInput

/// `wardplan validate` — import problems and validation rules, as `path:line:column: severity: message`.
struct ValidateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "validate", abstract: Message.validateAbstract.localized)
    }

    @OptionGroup var input: InputOptions

    func run() throws {
        let console = CLIContext.current.console
        var reader = input.reader(strictImport: false)
        var errors = 0
        var warnings = 0
        var notes = 0
        var plans = 0
        while true {
            let loaded: LoadedPlan?
            do throws(WardPlanError) {
                loaded = try reader.next()
            } catch {
                // A bad record or file is reported and counted; the inputs after it are still checked.
                guard error.kind == .invalidInput else { throw error }
                console.report(error)
                errors += 1
                continue
            }
            guard let loaded else { break }
            plans += 1
            let diagnostics = loaded.validation()
            console.report(diagnostics, notes: true)
            errors += diagnostics.count { $0.severity == .error }
            warnings += diagnostics.count { $0.severity == .warning }
            notes += diagnostics.count { $0.severity == .note }
        }
        warnings += reader.warnings
        guard plans > 0 || errors > 0 else { throw input.noPlan }
        console.report(Message.validated(plans: plans, errors: errors, warnings: warnings, notes: notes))
        if errors > 0 || (input.strict && warnings > 0) { throw ExitCode(1) }
    }
}
