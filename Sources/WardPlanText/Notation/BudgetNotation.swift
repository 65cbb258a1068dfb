import WardPlan

/// Reads budgets as published texts write them.
///
/// Handles `《5,237千円》`, `《１，２００千円》`, `(24,254千円)`, `（24,254千円）`, `〔25予算額 29,474 千円〕`,
/// `予算額 5,237千円` and the bare `5,237千円`. A dash (`《－千円》`, `(―)`) means "no budget".
public enum BudgetNotation {
    /// The result of reading a written budget.
    public enum Reading: Equatable, Sendable {
        /// An amount of thousands of yen.
        case amount(ThousandYen)
        /// The text says explicitly that there is no budget (a dash).
        case none
    }

    static let openers: Set<Character> = ["《", "≪", "(", "〔", "[", "【", "<", "«", "〈"]
    static let closers: Set<Character> = ["》", "≫", ")", "〕", "]", "】", ">", "»", "〉"]

    /// Whether bracketed text looks like a budget: it names 千円, or 予算 followed by an amount or a dash,
    /// or it is a bare amount in 《》 (`《5,237》`). `(2年度予算額)` is a column note, not a budget.
    public static func looksLikeBudget(_ text: String) -> Bool {
        let folded = MatchText.fold(text).filter { !$0.isWhitespace }
        if folded.contains("千円") { return true }
        if let range = folded.range(of: "予算") {
            return folded[range.upperBound...].contains { ($0.isASCII && $0.isNumber) || $0 == "-" }
        }
        guard let first = folded.first, first == "《" || first == "≪" else { return false }
        let inner = folded.dropFirst().dropLast()
        return !inner.isEmpty && inner.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "-" }
    }

    /// Whether commas, if any, separate thousands: `5,237`, `1,234,567` — not `1,0000`, `12,34` or `5,,000`.
    static func isGrouped(_ digits: Substring) -> Bool {
        let groups = digits.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count > 1 else { return !digits.isEmpty }
        return (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// Reads a written budget; misgrouped digits (`1,0000`) are unreadable, never guessed.
    public static func read(_ written: String) throws(BudgetError) -> Reading {
        var folded = Substring(MatchText.fold(written).filter { !$0.isWhitespace })
        while let first = folded.first, openers.contains(first) { folded.removeFirst() }
        while let last = folded.last, closers.contains(last) { folded.removeLast() }
        if let range = folded.range(of: "予算額") ?? folded.range(of: "予算") {
            folded = folded[range.upperBound...]
        }
        if folded.first == ":" { folded.removeFirst() }
        if folded.hasSuffix("千円") { folded.removeLast(2) }
        if !folded.isEmpty, folded.allSatisfy({ $0 == "-" }) { return .none }
        guard !folded.isEmpty, folded.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "," }), isGrouped(folded)
        else { throw .unreadable(written) }
        let digits = folded.filter { $0 != "," }
        guard let amount = Int(digits) else { throw .tooLarge(written) }
        return .amount(ThousandYen(amount))
    }
}
