import WardPlan
import WardPlanExport

/// The terminal form of a ``WardPlan/PlanDiff``: one line per change, `+` added, `-` removed, `~` changed,
/// `>` renumbered; inside texts `[-removed-]{+inserted+}` — or red and green when `colored` (a terminal).
public enum PlanDiffText {
    /// The diff as lines of text.
    public static func render(_ diff: PlanDiff, colored: Bool = false) -> String {
        var lines = ["新旧対照: \(diff.old.label) → \(diff.new.label)"]
        if diff.total.isChange { lines.append("  合計 (total): \(amount(diff.total))") }
        for field in diff.fields { lines.append("~ \(field.label): \(text(field.diff, colored: colored))") }
        for item in diff.issues + diff.reformItems { render(item, depth: 0, colored: colored, into: &lines) }
        if !diff.hasChanges { lines.append("  変更なし (no change)") }
        return lines.joined(separator: "\n")
    }

    private static func render(_ item: ItemChange, depth: Int, colored: Bool, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        let mark = switch item.kind {
        case .added: "+"
        case .removed: "-"
        case .changed: "~"
        case .renumbered: ">"
        case .unchanged: " "
        }
        var line = "\(mark) \(indent)\(item.level.japaneseTerm) \(DiffLabels.id(of: item)) \(item.title)"
        if item.kind != .changed { line += " [\(DiffLabels.kind(of: item))]" }
        if let change = item.amount { line += ": \(amount(change))" }
        lines.append(line)
        if item.kind == .changed || item.kind == .renumbered {
            for field in item.fields { lines.append("  \(indent)  \(field.label): \(text(field.diff, colored: colored))") }
        }
        for child in item.children { render(child, depth: depth + 1, colored: colored, into: &lines) }
    }

    /// `5,237千円 → 10,000千円 (+4,763千円, 190.9%)`.
    static func amount(_ change: AmountChange) -> String {
        let before = change.previous.map(\.description) ?? "—"
        let after = change.current.map(\.description) ?? "—"
        guard let delta = change.delta else { return "\(before) → \(after)" }
        let ratio = change.ratioPerMille.map { ", " + PlanLabels.percent(perMille: $0) } ?? ""
        return "\(before) → \(after) (\(delta.amount >= 0 ? "+" : "")\(delta)\(ratio))"
    }

    private static func text(_ diff: TextDiff, colored: Bool) -> String {
        let whole = diff.isWhole ? " (too long to compare character by character: shown whole)" : ""
        return diff.segments.map { segment in
            switch (segment.kind, colored) {
            case (.kept, _): segment.text
            case (.removed, false): "[-\(segment.text)-]"
            case (.inserted, false): "{+\(segment.text)+}"
            case (.removed, true): "\u{1B}[31;9m\(segment.text)\u{1B}[0m"
            case (.inserted, true): "\u{1B}[32;4m\(segment.text)\u{1B}[0m"
            }
        }.joined() + whole
    }
}
