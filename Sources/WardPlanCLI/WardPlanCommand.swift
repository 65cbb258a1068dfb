import ArgumentParser
import WardPlan

/// `wardplan` — reads ward operating plans (区運営方針) and summarises, checks and exports them.
struct WardPlanCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "wardplan", abstract: Message.toolAbstract.localized, discussion: Message.toolDiscussion.localized,
            version: WardPlanCLI.version,
            subcommands: [SummaryCommand.self, ValidateCommand.self, ExportCommand.self, DiffCommand.self, FormatsCommand.self, GenerateCommand.self])
    }
}
