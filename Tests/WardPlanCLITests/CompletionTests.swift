import Foundation
import Testing
import WardPlanCLI
import TestSupport

/// `wardplan --version`, and the shell completion of `--format` and of every exporter option's values.
@Suite("Version and completion")
struct CompletionTests {
    @Test("--version prints the version")
    func version() throws {
        let result = try CommandRunner.wardplan(["--version"])
        #expect(result.status == 0)
        #expect(result.text == WardPlanCLI.version + "\n")
        #expect(WardPlanCLI.version.contains(/^\d+\.\d+\.\d+$/))
    }

    @Test("the bash, zsh and fish scripts ask wardplan for the values of --format and -O", arguments: ["bash", "zsh", "fish"])
    func scripts(shell: String) throws {
        let script = try CommandRunner.wardplan(["--generate-completion-script", shell])
        #expect(script.status == 0)
        #expect(script.text.contains("---completion export -- --format"), "\(script.text.prefix(400))")
        #expect(script.text.contains("---completion export -- --option"))
    }

    @Test("--format completes to the registered formats")
    func formats() throws {
        let result = try CommandRunner.wardplan(["---completion", "export", "--", "--format", "2", "0", "wardplan", "export", "--format"])
        #expect(result.status == 0)
        #expect(result.text.split(separator: "\n") == ["csv", "html", "json", "xlsx"])
    }

    @Test("-O completes to every option of every format with each of its values")
    func options() throws {
        let result = try CommandRunner.wardplan(["---completion", "export", "--", "--option", "2", "0", "wardplan", "export", "-O"])
        #expect(result.status == 0)
        let offered = Set(result.text.split(separator: "\n").map(String.init))
        var expected: Set<String> = []
        for declaration in WardPlanCLI.builtinRegistry().all.flatMap(\.declarations) {
            if declaration.completions.isEmpty {
                expected.insert("\(declaration.name)=")
            } else {
                expected.formUnion(declaration.completions.map { "\(declaration.name)=\($0)" })
            }
        }
        #expect(offered == expected)
        #expect(offered.isSuperset(of: ["encoding=cp932", "header=en", "layout=data", "versions=latest", "lines=true", "table=plans"]))
    }
}
