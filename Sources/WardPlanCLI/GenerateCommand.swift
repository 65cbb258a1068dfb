import ArgumentParser
import WardPlan
import WardPlanExport
import WardPlanJSON
import WardPlanSynthetic

/// `wardplan generate` — a large made-up dataset as JSON Lines, the same for the same seed on every machine.
struct GenerateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "generate", abstract: Message.generateAbstract.localized)
    }

    @Option(help: ArgumentHelp(.generateWardsHelp))
    var wards = 24

    @Option(help: ArgumentHelp(.generateYearsHelp))
    var years = 1

    @Option(help: ArgumentHelp(.generateInitiativesHelp))
    var initiatives = 100

    @Option(help: ArgumentHelp(.generateSeedHelp))
    var seed: UInt64 = 1

    @Option(name: .customLong("first-year"), help: ArgumentHelp(.generateFirstYearHelp))
    var firstYear = 2020

    @Option(help: ArgumentHelp(.generateOutputHelp))
    var output: String

    func validate() throws {
        guard wards >= 1, years >= 1, initiatives >= 0 else { throw ValidationError(Message.generateCounts.localized) }
        guard FiscalYear.validYears.contains(firstYear), years <= FiscalYear.validYears.upperBound - firstYear + 1 else {
            throw ValidationError(Message.generateYears.localized)
        }
    }

    func run() throws {
        let console = CLIContext.current.console
        var plans = SyntheticDataset(wards: wards, years: years, initiativesPerPlan: initiatives, seed: seed, firstYear: firstYear)
            .makeIterator()
        var stream = PlanStream { plans.next() }
        let destination: ExportDestination = output == "-" ? .stream(console.output) : .path(output)
        try JSONExporter().export(&stream, to: destination, options: .init(lines: true))
    }
}
