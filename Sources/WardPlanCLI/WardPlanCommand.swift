import ArgumentParser

/// `wardplan` — reads ward operating plans (区運営方針) and summarises, checks and exports them.
struct WardPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wardplan",
        abstract: "Read Osaka City ward operating plans (区運営方針): summarise budgets, validate, export.",
        discussion: "Exit codes: 0 success, 1 invalid input, an invalid plan or a failed export, 2 usage error.",
        subcommands: [SummaryCommand.self, ValidateCommand.self, ExportCommand.self, DiffCommand.self, FormatsCommand.self]
    )
}
