import WardPlanExport

/// What the commands run with: the exporters and the console, handed in by ``WardPlanCLI/run(_:registry:console:)``
/// for the duration of one run (a task-local value, so nothing global is set).
struct CLIContext: Sendable {
    let registry: ExporterRegistry
    let console: Console

    @TaskLocal static var current = CLIContext(registry: ExporterRegistry(), console: .standard)
}
