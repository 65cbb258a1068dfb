import Foundation
import Testing
import WardPlan
import WardPlanExport
import WardPlanXLSX
import TestSupport

/// Bad paths: each gives a clear error, leaves no partial .xlsx, and never harms an existing file.
@Suite("XLSX bad paths")
struct XLSXBadPathTests {
    /// Exports into a folder holding an existing `plans.xlsx`; returns the error and checks the folder is as before.
    private func failingExport(_ plans: [OperatingPlan], folder: URL? = nil) throws -> WardPlanError? {
        let folder = try folder ?? Fixtures.temporaryFolder()
        let output = folder.appendingPathComponent("plans.xlsx")
        let existing = FileManager.default.isWritableFile(atPath: folder.path) ? Data("existing workbook".utf8) : nil
        if let existing { try existing.write(to: output) }
        var stream = PlanStream(plans)
        var caught: WardPlanError?
        do { try XLSXExporter().export(&stream, to: .path(output.path), options: .init()) } catch let error as WardPlanError {
            caught = error
            #expect(error.kind == .unrepresentable)
            #expect(error.location.file == output.path)
        }
        if let existing {
            #expect(try Data(contentsOf: output) == existing)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plans.xlsx"])
        }
        return caught
    }

    @Test("an output folder that cannot be written, or does not exist, is a clear error naming the output")
    func unwritableFolder() throws {
        var stream = PlanStream([Fixtures.smallPlan()])
        #expect {
            try XLSXExporter().export(&stream, to: .path("/proc/wardplan-test.xlsx"), options: .init())
        } throws: { error in
            let error = error as? WardPlanError
            return error?.kind == .outputFailed && error?.location.file == "/proc/wardplan-test.xlsx"
                && error?.message.english.hasPrefix("cannot write in the folder /proc: ") == true
        }
        var missing = PlanStream([Fixtures.smallPlan()])
        #expect {
            try XLSXExporter().export(&missing, to: .path("/no/such/folder/x.xlsx"), options: .init())
        } throws: { ($0 as? WardPlanError)?.message.english == "the folder /no/such/folder does not exist" }
    }

    @Test("two plans whose sheets would share a name (北区 and 北 both make 北R3確定)")
    func sheetNameClash() throws {
        let error = try failingExport([Fixtures.smallPlan(ward: "北区"), Fixtures.smallPlan(ward: "北")])
        #expect(error?.message.english == "two sheets would be named \"北R3確定_様式1\" (two wards whose names shorten alike?)")
    }

    @Test("a ward name with a character Excel forbids in sheet names", arguments: ["[", "]", ":", "*", "?", "/", "\\"])
    func forbiddenCharacters(character: String) throws {
        let error = try failingExport([Fixtures.smallPlan(ward: "東\(character)区")])
        #expect(error?.message.english == "the sheet name \"東\(character)R3_様式1\" holds \"\(character)\", which Excel forbids in sheet names ([]:*?/\\)")
    }

    @Test("text over Excel's 32,767 characters a cell is an error naming the field and the cell, not split")
    func overlongText() throws {
        var plan = Fixtures.smallPlan()
        plan.issues[0].strategies[0].initiatives[0].description = String(repeating: "あ", count: 32_768)
        let error = try failingExport([plan])
        #expect(error?.message.english == "具体的取組 1-1-1 description has 32768 characters, more than the 32767 an Excel cell holds "
            + "(テストR3_様式1!E8); shorten it — WardPlan does not split text across cells")
        plan.issues[0].strategies[0].initiatives[0].description = String(repeating: "あ", count: 32_767)
        let output = try Fixtures.temporaryFolder().appendingPathComponent("limit.xlsx")
        var stream = PlanStream([plan])
        try XLSXExporter().export(&stream, to: .path(output.path), options: .init())
        #expect(FileManager.default.fileExists(atPath: output.path))
    }

    @Test("a stream gets the finished workbook's bytes (a ZIP archive)")
    func stream() throws {
        let sink = ByteSink(memoryNamed: "-")
        var stream = PlanStream([Fixtures.smallPlan()])
        try XLSXExporter().export(&stream, to: .stream(sink), options: .init())
        #expect(sink.bytes.starts(with: Array("PK\u{3}\u{4}".utf8)))
    }
}

@Suite("XLSX text XML cannot hold")
struct XLSXIllegalTextTests {
    @Test("U+FFFE in a cell, a control character in the title or the ward's name: a located error, no file",
          arguments: [("cell", "\u{FFFE}"), ("title", "\u{1}"), ("ward", "\u{B}")])
    func refused(place: String, character: String) throws {
        var plan = Fixtures.smallPlan()
        switch place {
        case "cell": plan.issues[0].strategies[0].initiatives[0].description = "説明" + character
        case "title": plan.title = "運営方針" + character
        default: plan.ward = Ward(name: "北" + character + "区")
        }
        let folder = try Fixtures.temporaryFolder()
        var stream = PlanStream([plan])
        #expect {
            try XLSXExporter().export(&stream, to: .path(folder.appendingPathComponent("x.xlsx").path), options: .init())
        } throws: { error in
            let error = error as? WardPlanError
            return error?.kind == .unrepresentable && error?.message.english.contains("which an XLSX file cannot hold") == true
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a control character in a cell is escaped by libxlsxwriter: the workbook is written")
    func controlInCell() throws {
        var plan = Fixtures.smallPlan()
        plan.issues[0].strategies[0].initiatives[0].description = "前\u{1}後"
        let output = MemoryOutput()
        var stream = PlanStream([plan])
        try XLSXExporter().export(&stream, to: .memory(output), options: .init())
        #expect(output.contents(of: "plans.xlsx")?.starts(with: Array("PK".utf8)) == true)
    }
}
