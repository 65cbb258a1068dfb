import Foundation
import WardPlan
import WardPlanMessages

/// Imports a plan from its published text: the city's web pages or the text of its documents.
///
/// Takes the layout of the published 様式1 (tab-separated cells, 《5,237千円》 budgets, 【】-tagged ids,
/// leftover `<ul>` markup) and the web-page variations: page chrome, `  • ` bullets, headings in 【】,
/// titles inside the tag, (24,254千円) and 〔25予算額 29,474 千円〕 budgets, full- and half-width
/// characters mixed, compatibility ideographs, and documents cut short — and every layout of the city's
/// pages from 2013 on (see the README's "What the importer reads"), or a saved page's HTML. Text is kept
/// byte for byte; folding (NFKC) is used only to recognise it.
///
/// - Complexity: O(n) in the length of the text.
public struct PublishedTextImporter: Sendable {
    /// How the importer treats problems.
    public enum Mode: Sendable {
        /// Returns what it found, with every problem as a diagnostic.
        case lenient
        /// Fails when there is any problem (a warning or an error; notes are not problems), listing every one.
        case strict
    }

    /// The mode of import.
    public var mode: Mode

    /// Creates an importer.
    public init(mode: Mode = .lenient) { self.mode = mode }

    /// Imports the plan in `data`; `file` names it in diagnostics.
    /// - Throws: ``WardPlan/WardPlanError`` when the input is not a plan's text (empty, binary, not UTF-8, no ward or
    ///   fiscal year) or, in strict mode, when any problem was found.
    public func importPlan(from data: Data, file: String? = nil) throws(WardPlanError) -> ImportedPlan {
        var source = try SourceText(data: data, file: file)
        return try importPlan(from: &source, file: file)
    }

    /// Imports the plan read from `handle` after `head` (bytes already taken from it), a piece at a time: a text
    /// file of any size is read in the memory of its longest line and the plan; `file` names it in diagnostics.
    /// - Throws: ``WardPlan/WardPlanError`` as ``importPlan(from:file:)`` does, or when the handle cannot be read.
    public func importPlan(reading handle: FileHandle, after head: Data = Data(), file: String? = nil) throws(WardPlanError) -> ImportedPlan {
        // Once a read has found the end, the handle is not read again.
        var ended = false
        var source = try SourceText(head: head, file: file) { () throws(WardPlanError) -> Data? in
            guard !ended else { return nil }
            let piece: Data?
            do { piece = try handle.read(upToCount: SourceText.pieceSize) } catch {
                throw WardPlanError(.unreadableInput, .cannotRead(error.localizedDescription), at: SourceLocation(file: file))
            }
            ended = piece?.isEmpty ?? true
            return ended ? nil : piece
        }
        return try importPlan(from: &source, file: file)
    }

    private func importPlan(from source: inout SourceText, file: String?) throws(WardPlanError) -> ImportedPlan {
        var assembler = PlanAssembler(file: file)
        try source.forEachLine { number, text in assembler.process(lineNumber: number, text: text) }
        assembler.finish()
        let plan: OperatingPlan
        do { plan = try assembler.draft.plan(file: file) } catch {
            throw WardPlanError(.invalidInput, error.message, at: error.location, diagnostics: assembler.diagnostics)
        }
        let problems = assembler.diagnostics.filter { $0.severity > .note }
        if mode == .strict, let first = problems.first {
            throw WardPlanError(.invalidInput, .textProblems(problems.count, first: first.message),
                             at: first.location, diagnostics: assembler.diagnostics)
        }
        return ImportedPlan(plan: plan, diagnostics: assembler.diagnostics, sourceMap: assembler.sourceMap,
                            lines: assembler.lines, expectations: assembler.draft.expectations)
    }

    /// Imports the plan in the file at `url`.
    public func importPlan(contentsOf url: URL) throws(WardPlanError) -> ImportedPlan {
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: url) } catch {
            throw WardPlanError(.unreadableInput, .cannotRead(error.localizedDescription), at: SourceLocation(file: url.path))
        }
        defer { try? handle.close() }
        return try importPlan(reading: handle, file: url.path)
    }
}

/// A plan imported from text, with the problems met and where each part was found.
public struct ImportedPlan: Sendable {
    /// The plan.
    public let plan: OperatingPlan
    /// Problems met while importing (lenient mode), in text order.
    public let diagnostics: [Diagnostic]
    /// Where each part of the plan stands in the text, for later checks to point at.
    public let sourceMap: SourceMap
    /// What became of each line of the text (index 0 is line 1): blank, page chrome, a heading, a field, or
    /// named in a diagnostic. No line is ever ``LineDisposition/unread``.
    public let lines: [LineDisposition]
    /// What the text's layout carries, for ``WardPlan/PlanValidator`` to ask only for that.
    public let expectations: PlanValidator.Expectations

    /// Validates the plan against what its layout carries, located in the text.
    public func validation() -> [Diagnostic] {
        diagnostics + PlanValidator(expecting: expectations).validate(plan, sourceMap: sourceMap)
    }
}
