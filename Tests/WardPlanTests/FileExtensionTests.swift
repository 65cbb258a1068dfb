import Testing
@testable import WardPlan

@Suite("File extensions of paths")
struct FileExtensionTests {
    @Test("the last component's extension, in lower case, read from the bytes", arguments: [
        ("out/2020.CSV", "csv"), ("out.csv/", "csv"), ("out.csv//", "csv"), ("東住吉区.XLSX", "xlsx"),
        ("計画/令和2年度.Txt", "txt"), ("archive.tar.gz", "gz"), ("a.b/c", ""), (".hidden", ""), ("dir/.hidden", ""),
        ("name.", ""), ("name", ""), ("/", ""), ("", ""), ("./plan.json", "json"), ("../x.JSONL", "jsonl"),
    ])
    func lowercasedFileExtension(path: String, expected: String) {
        #expect(path.lowercasedFileExtension == expected)
    }
}
