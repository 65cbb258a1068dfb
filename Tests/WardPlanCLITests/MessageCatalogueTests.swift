import Foundation
import Testing
import TestSupport

/// One catalogue of messages in English and Japanese (the domain's in `Sources/WardPlan/Message/`, the rest in
/// `Sources/WardPlanMessages/`): every message the tool
/// says is written there in both languages, and the command line speaks the one its locale asks for.
@Suite("Message catalogue")
struct MessageCatalogueTests {
    static let sources = Fixtures.root.appendingPathComponent("Sources")
    /// The catalogue: the domain's own messages beside the ``Message`` type, the rest in `WardPlanMessages`.
    static let catalogue = [sources.appendingPathComponent("WardPlan/Message"), sources.appendingPathComponent("WardPlanMessages")]

    /// Japanese script: kana, CJK ideographs, full-width forms, the ideographic punctuation.
    static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
        (0x3000...0x30FF).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
    }

    /// Three English words in a row: prose that was not translated.
    static var englishProse: Regex<Substring> { #/\b[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}\b/# }

    /// The text of a line that is the message's own: without the `path:line:column:` place and without what
    /// the message quotes (「…」, "…", file names), which stays as the input wrote it.
    static func ownWords(_ line: String) -> String {
        var text = line
        if let range = text.firstRange(of: #/^[^ ]*: (エラー|警告|注記|error|warning|note): /#) { text.removeSubrange(range) }
        text.replace(#/「[^」]*」|"[^"]*"|“[^”]*”|\[[^\]]*\]|\([^)]*\.(txt|json|jsonl|csv|xlsx|html)[^)]*\)/#, with: "")
        return text
    }

    @Test("every catalogue entry is written in both languages, with the same placeholders")
    func bothForms() throws {
        let files = try Self.catalogue.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("Message+") }.map(folder.appendingPathComponent)
        }
        #expect(files.count == 4, "\(files)")
        var entries = 0
        for url in files {
            let file = url.lastPathComponent
            let text = try String(contentsOf: url, encoding: .utf8)
            let englishCount = text.matches(of: #/english: "/#).count
            let japaneseCount = text.matches(of: #/japanese: "/#).count
            #expect(englishCount == japaneseCount, "\(file): \(englishCount) English, \(japaneseCount) Japanese")
            for pair in text.matches(of: #/english: (?<english>"(?s:.*?))japanese: (?<japanese>"(?s:.*?))(?=english: |package |case \.|\n    \}|\n\}|\n        \}|\n\n)/#) {
                entries += 1
                let english = String(pair.output.english)
                let japanese = String(pair.output.japanese)
                #expect(japanese.unicodeScalars.contains(where: Self.isJapanese), "\(file): no Japanese in \(japanese)")
                #expect(english.contains(/[a-z]{2,}/), "\(file): no English in \(english)")
                // The same values appear in both: `\(name` placeholders match (a `japanese` local stands for `english`).
                let names = { (text: String) in
                    Set(text.matches(of: /\\\((?<name>\w+)/).map { $0.output.name == "japanese" ? "english" : String($0.output.name) })
                }
                #expect(names(english) == names(japanese), "\(file): placeholders differ:\n\(english)\n\(japanese)")
            }
        }
        #expect(entries > 150, "only \(entries) entries found: the scan no longer matches the catalogue's shape")
    }

    @Test("no message is written outside the catalogue")
    func onlyTheCatalogueSpeaks() throws {
        let literalMessage = #/(WardPlanError\(\.\w+, "|Diagnostic\(\.\w+, "|XLSXError\("|ValidationError\("|(help|abstract|discussion): "|ExportFormat\(name: "[\w-]+", summary: "|\b(warn|note|error)\(")/#
        var offenders: [String] = []
        let enumerator = try #require(FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil))
        var files = 0
        while let url = enumerator.nextObject() as? URL {
            guard url.pathExtension == "swift", !Self.catalogue.contains(where: { url.path.hasPrefix($0.path) }) else { continue }
            files += 1
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).hasPrefix("///")
                && line.contains(literalMessage)
            {
                offenders.append("\(url.lastPathComponent):\(index + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(files > 100, "only \(files) source files found under \(Self.sources.path)")
        #expect(offenders.isEmpty, "messages written outside the catalogue:\n\(offenders.joined(separator: "\n"))")
    }

    @Test("the locale chooses the language: LC_ALL, then LC_MESSAGES, then LANG")
    func localeChoosesLanguage() throws {
        let bad = Fixtures.url("bad-input/duplicate-issue.txt").path
        let japanese = try CommandRunner.wardplan(["validate", bad], language: "ja_JP.UTF-8")
        #expect(japanese.status == 1)
        #expect(japanese.errors.contains("duplicate-issue.txt:14:1: エラー: 経営課題 1が異なる題名で二度あります"), "\(japanese.errors)")
        #expect(japanese.errors.contains("計画1件: エラー1件、警告0件"))
        let english = try CommandRunner.wardplan(["validate", bad], language: "C")
        #expect(english.errors.contains("duplicate-issue.txt:14:1: error: 経営課題 1 appears twice with different titles"), "\(english.errors)")
        #expect(english.errors.contains("1 plan(s): 1 error(s), 0 warning(s)"))
        let wardplan = CommandRunner.productsFolder.appendingPathComponent("wardplan")
        let byLang = try CommandRunner.run(wardplan, ["validate", bad], environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "ja_JP.UTF-8"])
        #expect(byLang.errors.contains("エラー:"))
        let messagesWin = try CommandRunner.run(wardplan, ["validate", bad], environment: ["LC_ALL": "", "LC_MESSAGES": "C", "LANG": "ja_JP.UTF-8"])
        #expect(messagesWin.errors.contains("error:"))
    }

    /// Commands whose messages cover the catalogue's kinds: import problems and validation of every damaged
    /// input, usage errors, output errors, reports, and the help of each command.
    static var commands: [[String]] {
        let corpus = Fixtures.url("bad-input")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()
        let sample = Fixtures.url(Fixtures.higashisumiyoshi).path
        return files.map { ["validate", corpus.appendingPathComponent($0).path] } + [
            ["validate", Fixtures.url("samples").path + "/higashiura-r6.txt"],
            ["export", sample, "--format", "jsno", "--output", "-"],
            ["export", sample, "--format", "csv", "-O", "encodng=cp932", "--output", "-"],
            ["export", sample, "--format", "csv", "--encoding", "sjis", "--output", "-"],
            ["export", sample, "--format", "json", "--output", "/no/such/folder/plan.json"],
            ["summary", "/no/such/plan.txt"],
            ["diff", sample, sample, "--format", "xlsx"],
            ["--help"], ["summary", "--help"], ["validate", "--help"], ["export", "--help"], ["diff", "--help"], ["formats"],
        ]
    }

    @Test("each message the command line prints comes in Japanese and in English", arguments: commands)
    func bothLanguages(_ arguments: [String]) throws {
        let japanese = try CommandRunner.wardplan(arguments, language: "ja_JP.UTF-8")
        let english = try CommandRunner.wardplan(arguments, language: "C")
        #expect(!japanese.trapped && !english.trapped)
        #expect(japanese.status == english.status)
        let japaneseLines = (japanese.errors + japanese.text).split(separator: "\n").map(String.init)
        let englishLines = (english.errors + english.text).split(separator: "\n").map(String.init)
        #expect(!japaneseLines.isEmpty)
        #expect(japanese.errors != english.errors || japanese.text != english.text, "the same words in both languages")
        // ArgumentParser's own headings and lines (USAGE:, OPTIONS:, -h/--help) are its, in English.
        let parserLines = #/^(USAGE|OPTIONS|ARGUMENTS|SUBCOMMANDS|OVERVIEW):|^\s+(-h, --help|--version|--\S+ <\S+>|See 'wardplan|Show (help|the version))|^\s*$|^Help:|^Usage:|^\s+wardplan /#
        for line in japaneseLines where !line.contains(parserLines) {
            let own = Self.ownWords(line)
            #expect(!own.contains(Self.englishProse), "English left in the Japanese output: \(line)")
        }
        for line in englishLines {
            // An English line may name Japanese terms (経営課題, 予算額), never a Japanese sentence.
            #expect(!Self.ownWords(line).contains(/ます|です|ません|。/), "Japanese left in the English output: \(line)")
        }
    }
}
