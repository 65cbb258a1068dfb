import Foundation
import Testing
import WardPlan
import WardPlanText
import TestSupport

/// Nothing silently lost: every non-blank line of every fixture and variation input ends in a field, is page
/// chrome or a heading, or is named in a diagnostic — and none is left for the importer's last-resort warning.
@Suite("Line accounting")
struct LineAccountingTests {
    /// Every input by name: the variations by theirs, fixture files by their path under `Tests/Fixtures/`. Only
    /// names are test arguments; each test reads its input (arguments holding file data are kept alive by the
    /// test runner past the end, which LeakSanitizer reports).
    static let inputs: [String] = {
        var names = LayoutVariations.all.map(\.name)
        for folder in ["", "samples/", "bad-input/"] {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.url(folder).path)) ?? []
            names += files.sorted().filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.map { folder + $0 }
        }
        return names
    }()

    private static func data(of name: String) throws -> Data {
        if let variation = LayoutVariations.all.first(where: { $0.name == name }) { return Data(variation.text.utf8) }
        // Read through the file handle: Foundation's `Data(contentsOf:)` leaks its buffer for an empty file
        // (the corpus's `empty.txt`), which LeakSanitizer reports.
        let handle = try FileHandle(forReadingFrom: Fixtures.url(name))
        defer { try? handle.close() }
        return readAll(handle)
    }

    @Test("the fixtures are all here: the samples, the variations and the text files of the bad-input corpus")
    func inputsFound() {
        #expect(Self.inputs.count >= LayoutVariations.all.count + 4 + 20)
    }

    @Test("lines accounted for equal the lines of the file", arguments: inputs)
    func everyLineAccounted(name: String) throws {
        let data = try Self.data(of: name)
        let imported: ImportedPlan
        do { imported = try PublishedTextImporter().importPlan(from: data, file: name) } catch {
            // An input that is refused is refused whole, with a located error: nothing is half-read.
            #expect(error.location.file == name)
            return
        }
        let text = String(decoding: data, as: UTF8.self)
        let isHTML = name.hasSuffix(".html")
        if !isHTML {
            let fileLines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            #expect(imported.lines.count == fileLines.count)
            for (index, line) in fileLines.enumerated() {
                let blank = line.allSatisfy(\.isWhitespace)
                #expect((imported.lines[index] == .blank) == blank, "line \(index + 1): \(imported.lines[index])")
            }
        }
        #expect(!imported.lines.contains(.unread))
        let lastResort = imported.diagnostics.filter { $0.message.english == "this line was not read into the plan" }
        #expect(lastResort.isEmpty, "\(lastResort.map(\.description))")
        let diagnosed = Set(imported.diagnostics.compactMap(\.location.line))
        for (index, disposition) in imported.lines.enumerated() where disposition == .diagnosed && !isHTML {
            #expect(diagnosed.contains(index + 1), "line \(index + 1) is marked diagnosed but no diagnostic names it")
        }
    }

    @Test("a line nothing reads is named, never dropped: text under a heading that takes none")
    func unplacedTextIsNamed() throws {
        let text = "令和5年度 住吉区運営方針\n区の目標\n目標\n【経営課題1】課題\n関連するSDGs\n説明だけの行\n"
        let imported = try PublishedTextImporter().importPlan(from: Data(text.utf8), file: "u.txt")
        #expect(imported.lines[5] == .diagnosed)
        #expect(imported.diagnostics.contains { $0.location.line == 6 && $0.severity == .warning })
    }
}
