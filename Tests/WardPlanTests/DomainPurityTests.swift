import Foundation
import Testing
import TestSupport

/// The domain module stays the calm centre: no file or system API, and no output format named.
@Suite("The domain module")
struct DomainPurityTests {
    private static let sources: [(name: String, text: String)] = {
        let folder = Fixtures.root.appendingPathComponent("Sources/WardPlan")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".swift") }.sorted().compactMap { name in
            (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) }
        }
    }()

    @Test("imports nothing but the standard library and its Synchronization module")
    func imports() {
        #expect(Self.sources.count > 20)
        for (name, text) in Self.sources {
            let imports = text.split(separator: "\n").filter { $0.hasPrefix("import ") }
            #expect(imports.allSatisfy { $0 == "import Synchronization" }, "\(name): \(imports)")
        }
    }

    @Test("names no file API and no output format", arguments: [
        "FileHandle", "FileManager", "fopen", "URL(", "Data(", "JSON", "CSV", "XLSX", "HTML", "Excel", "spreadsheet",
    ])
    func words(word: String) {
        for (name, text) in Self.sources {
            #expect(!text.localizedCaseInsensitiveContains(word), "\(name) mentions \(word)")
        }
    }
}
