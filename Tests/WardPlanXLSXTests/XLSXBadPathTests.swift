import Foundation
import Testing
import WardPlan
import WardPlanXLSX
import TestSupport

/// Bad paths: each gives a clear error, leaves no partial .xlsx, and never harms an existing file.
@Suite("XLSX bad paths")
struct XLSXBadPathTests {
    /// Exports into a folder holding an existing `plans.xlsx`; returns the error and checks the folder is as before.
    private func failingExport(_ plans: [OperatingPlan], folder: URL? = nil) throws -> ExportError? {
        let folder = try folder ?? Fixtures.temporaryFolder()
        let output = folder.appendingPathComponent("plans.xlsx")
        let existing = FileManager.default.isWritableFile(atPath: folder.path) ? Data("existing workbook".utf8) : nil
        if let existing { try existing.write(to: output) }
        var stream = PlanStream(plans)
        var caught: ExportError?
        do { try XLSXExporter().export(&stream, to: .path(output), options: .init()) } catch let error as ExportError {
            caught = error
        }
        if let existing {
            #expect(try Data(contentsOf: output) == existing)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plans.xlsx"])
        }
        return caught
    }

    @Test("an output folder that cannot be written: libxlsxwriter's error, with its lxw_strerror text")
    func unwritableFolder() throws {
        var stream = PlanStream([Fixtures.smallPlan()])
        #expect {
            try XLSXExporter().export(&stream, to: .path(URL(fileURLWithPath: "/sys/wardplan-test.xlsx")), options: .init())
        } throws: { error in
            (error as? ExportError)?.message == "libxlsxwriter could not write the workbook: Error creating output xlsx file. Usually a permissions error."
        }
        var missing = PlanStream([Fixtures.smallPlan()])
        #expect {
            try XLSXExporter().export(&missing, to: .path(URL(fileURLWithPath: "/no/such/folder/x.xlsx")), options: .init())
        } throws: { ($0 as? ExportError)?.message == "the folder /no/such/folder does not exist" }
    }

    @Test("two plans whose sheets would share a name")
    func sheetNameClash() throws {
        let error = try failingExport([Fixtures.smallPlan(ward: "北区"), Fixtures.smallPlan(ward: "北区")])
        #expect(error?.message == "two sheets would be named \"北R3_様式1\" (the same ward and fiscal year twice?)")
    }

    @Test("a ward name with a character Excel forbids in sheet names", arguments: ["[", "]", ":", "*", "?", "/", "\\"])
    func forbiddenCharacters(character: String) throws {
        let error = try failingExport([Fixtures.smallPlan(ward: "東\(character)区")])
        #expect(error?.message == "the sheet name \"東\(character)R3_様式1\" holds \"\(character)\", which Excel forbids in sheet names ([]:*?/\\)")
    }

    @Test("text over Excel's 32,767 characters a cell is an error naming the field and the cell, not split")
    func overlongText() throws {
        var plan = Fixtures.smallPlan()
        plan.issues[0].strategies[0].initiatives[0].description = String(repeating: "あ", count: 32_768)
        let error = try failingExport([plan])
        #expect(error?.message == "具体的取組 1-1-1 description has 32768 characters, more than the 32767 an Excel cell holds "
            + "(テストR3_様式1!E8); shorten it — WardPlan does not split text across cells")
        plan.issues[0].strategies[0].initiatives[0].description = String(repeating: "あ", count: 32_767)
        let output = try Fixtures.temporaryFolder().appendingPathComponent("limit.xlsx")
        var stream = PlanStream([plan])
        try XLSXExporter().export(&stream, to: .path(output), options: .init())
        #expect(FileManager.default.fileExists(atPath: output.path))
    }

    @Test("standard output is refused: a workbook needs a file")
    func standardOutput() {
        var stream = PlanStream([Fixtures.smallPlan()])
        #expect {
            try XLSXExporter().export(&stream, to: .standardOutput, options: .init())
        } throws: { ($0 as? ExportError)?.message == "an XLSX workbook must be written to a file, not standard output" }
    }
}
