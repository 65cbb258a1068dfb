import WardPlanExport

/// What the commands run with: the exporters and the console, handed in by ``WardPlanCLI/run(_:registry:console:)``
/// for the duration of one run (a task-local value, so nothing global is set).
struct CLIContext: Sendable {
    let registry: ExporterRegistry
    let console: Console
    /// Each format with its options in the console's language (``FormatsCommand/optionsHelp(_:in:)``), made once: the
    /// parser asks for the export command's help, which holds it, for every argument it reads.
    let formatsHelp: String

    init(registry: ExporterRegistry, console: Console) {
        self.registry = registry
        self.console = console
        formatsHelp = FormatsCommand.optionsHelp(registry, in: console.language)
    }

    @TaskLocal static var current = CLIContext(registry: ExporterRegistry(), console: .standard)
}
