import Foundation
import MarkdownExporter
import WardPlanCLI

// `wardplan` with one more format: every command of the tool, plus `export --format markdown`.
var registry = WardPlanCLI.builtinRegistry()
do {
    try registry.register(MarkdownExporter())
} catch {
    FileHandle.standardError.write(Data("wardplan-md: \(error)\n".utf8))
    exit(1)
}
WardPlanCLI.main(registry: registry)
