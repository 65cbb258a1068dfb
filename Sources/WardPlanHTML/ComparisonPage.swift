import WardPlan
import WardPlanExport

/// 新旧対照表 — a page setting the old plan beside the new: 項目, 変更前, 変更後 and 予算額の増減, one row per
/// changed field, removed characters struck through (`<del>`), inserted ones underlined (`<ins>`).
/// Self-contained like every page here; prints on A4 with the header row repeated.
public struct ComparisonPage {
    private let diff: PlanDiff

    /// The page of `diff`.
    public init(_ diff: PlanDiff) { self.diff = diff }

    /// The page as HTML.
    /// - Throws: ``WardPlan/WardPlanError`` of kind ``WardPlan/WardPlanError/Kind/unrepresentable`` when a text
    ///   holds a control character or noncharacter, which a page cannot hold (as for ``HTMLExporter``).
    public func render() throws(WardPlanError) -> String {
        for field in diff.fields { try Self.check(field) }
        for item in diff.issues + diff.reformItems { try Self.check(item) }
        var rows = diff.fields.map { row(heading: [.text($0.label)], field: $0, amount: nil) }
        for item in diff.issues + diff.reformItems { rows += self.rows(of: item, depth: 0) }
        if diff.total.isChange {
            let total = diff.total
            rows.append(.el(.tr, [], [
                .el(.th, [.scope(.row)], text: "合計"), .el(.td, [.class("num")], text: total.previous?.grouped ?? "—"),
                .el(.td, [.class("num")], text: total.current?.grouped ?? "—"), .el(.td, [.class("num")], text: DiffLabels.delta(total)),
            ]))
        }
        if rows.isEmpty { rows.append(.el(.tr, [], [.el(.td, [.colspan(4)], text: "変更はありません。")])) }
        let title = "新旧対照表 \(diff.old.label) → \(diff.new.label)"
        let table = HTMLNode.el(.div, [.class("table-wrap")], [.el(.table, [.class("comparison")], [
            .el(.caption, text: "新旧対照表（予算額の単位：千円。削除は取消線、追加は下線）"),
            .el(.thead, [], [.el(.tr, [], [
                .el(.th, [.scope(.col)], text: "項目"), .el(.th, [.scope(.col)], text: "変更前（\(diff.old.label)）"),
                .el(.th, [.scope(.col)], text: "変更後（\(diff.new.label)）"), .el(.th, [.scope(.col), .class("num")], text: "予算額の増減"),
            ])]),
            .el(.tbody, [], rows),
        ])])
        return String(decoding: HTMLDocument.page(title: title, body: [
            .el(.header, [], [
                .el(.h1, text: "新旧対照表"),
                .el(.p, [.class("meta")], text: "変更前: \(DiffLabels.describe(diff.old))"),
                .el(.p, [.class("meta")], text: "変更後: \(DiffLabels.describe(diff.new))"),
            ]),
            .el(.main, [], [table]),
        ]), as: UTF8.self)
    }

    private func rows(of item: ItemChange, depth: Int) -> [HTMLNode] {
        let indent = String(repeating: "　", count: depth)
        let name = "\(indent)\(item.level.japaneseTerm) \(DiffLabels.id(of: item))"
        let heading: [HTMLNode] = [.text(name), .el(.span, [.class("change")], text: DiffLabels.kind(of: item))]
        let titleField = item.fields.first { $0.field == "title" }
        var rows = [row(heading: heading, field: titleField, fallback: item.title, amount: item.amount)]
        for field in item.fields where field.field != "title" {
            rows.append(row(heading: [.text("\(indent)　\(field.label)")], field: field, amount: nil))
        }
        for child in item.children { rows += self.rows(of: child, depth: depth + 1) }
        return rows
    }

    private func row(heading: [HTMLNode], field: FieldChange?, fallback: String = "", amount: AmountChange?) -> HTMLNode {
        let old: [HTMLNode] = field.map { Self.marked($0.diff, keeping: .removed) } ?? [.text(fallback)]
        let new: [HTMLNode] = field.map { Self.marked($0.diff, keeping: .inserted) } ?? [.text(fallback)]
        return .el(.tr, [], [
            .el(.th, [.scope(.row)], heading),
            .el(.td, [.class("text")], old),
            .el(.td, [.class("text")], new),
            .el(.td, [.class("num")], text: amount.map(DiffLabels.delta) ?? ""),
        ])
    }

    /// One side of a text: the kept runs, and the runs of `kind` marked (`<del>` or `<ins>`).
    private static func marked(_ diff: TextDiff, keeping kind: TextDiff.Segment.Kind) -> [HTMLNode] {
        diff.segments.compactMap { segment in
            switch segment.kind {
            case .kept: .text(segment.text)
            case kind: .el(kind == .removed ? .del : .ins, text: segment.text)
            default: nil
            }
        }
    }

    private static func check(_ item: ItemChange) throws(WardPlanError) {
        try PageText.check(item.title, named: "\(item.level.japaneseTerm) \(DiffLabels.id(of: item)) title")
        for field in item.fields { try check(field) }
        for child in item.children { try check(child) }
    }

    private static func check(_ field: FieldChange) throws(WardPlanError) {
        try PageText.check(field.old ?? "", named: field.label)
        try PageText.check(field.new ?? "", named: field.label)
    }
}
