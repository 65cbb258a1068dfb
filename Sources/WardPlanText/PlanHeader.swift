import Foundation
import WardPlan

/// The title line of a plan (`令和2年度 東住吉区運営方針(案)`) and its head line (`(区長:上田 正敏)`).
enum PlanHeader {
    /// What a title line says.
    struct Title {
        let text: String
        let ward: String
        let fiscalYear: FiscalYear?
        let status: PlanStatus
    }

    /// Reads a title line: ward between the fiscal year and `運営方針`, the state in brackets after it. Told from the
    /// folded values, one per character of the line (see ``FoldedLine/scalars``): a word is found only as whole
    /// characters, and the ward is the line's own characters before `運営方針` (its folded text may join some, as
    /// Hangul letters, into fewer).
    static func title(_ line: FoldedLine, in range: Range<Int>) -> Title? {
        let values = line.scalars[range]
        guard let planWord = values.firstRange(ofWords: Words.plan) else { return nil }
        let beforePlan = values[..<planWord.lowerBound]
        let yearEnd = beforePlan.firstRange(ofWords: Words.fiscalYear)?.upperBound ?? beforePlan.startIndex
        var wardStart = yearEnd
        // `2019年度(平成31年度)淀川区`: the era's name for the year, in brackets, is not part of the ward's.
        if beforePlan[wardStart...].first == Words.open, let close = beforePlan[wardStart...].firstIndex(of: Words.close) {
            wardStart = close + 1
        }
        // `大阪市住吉区`: the city's name is not part of the ward's.
        if let city = beforePlan[wardStart...].firstRange(ofWords: Words.city), beforePlan[wardStart..<city.lowerBound].allSatisfy({ $0 == 0x20 }) {
            wardStart = city.upperBound
        }
        let ward = line.originalText(wardStart..<planWord.lowerBound).trimmingWhitespaces()
        guard ward.hasSuffix("区"), ward.count <= 12 else { return nil }
        let yearText = line.foldedText(range.lowerBound..<yearEnd).trimmingWhitespaces()
        return Title(text: line.originalText(range).trimmingWhitespaces(), ward: ward, fiscalYear: FiscalYear(label: yearText),
                     status: status(in: values[planWord.upperBound...]))
    }

    /// The words and marks a title is read by, as values.
    private enum Words {
        static let plan = FoldedLine.values(of: "運営方針")
        static let fiscalYear = FoldedLine.values(of: "年度")
        static let city = FoldedLine.values(of: "大阪市")
        static let (open, close) = (UInt32(0x28) /* ( */, UInt32(0x29) /* ) */)
        static let (outline, selfEvaluation, review, draft) =
            (FoldedLine.values(of: "素案"), FoldedLine.values(of: "自己評価"), FoldedLine.values(of: "振り返り"), FoldedLine.values(of: "案"))
    }

    /// 反, which every progress notice holds (``noticeStatus(in:)``).
    static let noticeMark: Unicode.Scalar = "反"
    /// 年, which every fiscal-year mention holds (``fiscalYearMention(in:_:)``).
    static let yearMark: Unicode.Scalar = "年"

    /// The state a page's progress notice names: `…「自己評価」欄に反映しています。` (selfEvaluated),
    /// `…「中間振り返り」欄に反映しています。` (interimReviewed); `nil` for any other line.
    static func noticeStatus(in folded: String) -> PlanStatus? {
        guard folded.containsWords("反映し") else { return nil }
        if folded.containsWords("「自己評価") { return .selfEvaluated }
        if folded.containsWords("「中間振り返り") { return .interimReviewed }
        return nil
    }

    /// The state a title names after `運営方針`, given as its values: (素案), (案), (中間振り返り), (自己評価); else final.
    static func status(in tail: Slice<FoldedScalars>) -> PlanStatus {
        if tail.firstRange(ofWords: Words.outline) != nil { return .outline }
        if tail.firstRange(ofWords: Words.selfEvaluation) != nil { return .selfEvaluated }
        if tail.firstRange(ofWords: Words.review) != nil { return .interimReviewed }
        if tail.firstRange(ofWords: Words.draft) != nil { return .draft }
        return .final
    }

    /// Reads `(区長:上田 正敏)` or `区長 上田 正敏`: the name as written, or `nil`. Told from the folded values, one
    /// per character (see ``FoldedLine/scalars``).
    static func head(_ line: FoldedLine, in range: Range<Int>) -> String? {
        let values = line.scalars
        let (space, open, close, colon) = (UInt32(0x20), Words.open, Words.close, MatchText.colon)
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, values[start] == space || values[start] == open { start += 1 }
        while end > start, values[end - 1] == space || values[end - 1] == close { end -= 1 }
        guard end - start > headWord.count, values[..<end].holds(headWord, at: start) else { return nil }
        start += headWord.count
        guard values[start] == colon || values[start] == space else { return nil }
        start += 1
        while start < end, values[start] == space { start += 1 }
        guard end - start >= 2, end - start <= 20 else { return nil }
        return line.originalText(start..<end)
    }

    /// 区長, as values.
    private static let headWord = FoldedLine.values(of: "区長")
}

extension PlanHeader {
    /// The first era-named fiscal year (`令和2年度`) mentioned in the folded characters of `line` at `range`, for plans
    /// whose title lacks one; told from their values (see ``FoldedLine/scalars``).
    static func fiscalYearMention(in line: FoldedLine, _ range: Range<Int>) -> FiscalYear? {
        let values = line.scalars[range]
        for (_, name) in JapaneseEra.nameValues {
            var searchStart = values.startIndex
            while let eraRange = values[searchStart...].firstRange(ofWords: name) {
                let rest = values[eraRange.upperBound...].prefix(6)
                if let end = rest.firstRange(ofWords: Words.fiscalYear),
                    let year = FiscalYear(label: line.foldedText(eraRange.lowerBound..<end.upperBound))
                {
                    return year
                }
                searchStart = eraRange.upperBound
            }
        }
        return nil
    }
}
