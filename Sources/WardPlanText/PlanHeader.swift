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

    /// Reads a title line: ward between the fiscal year and `運営方針`, the state in brackets after it.
    static func title(_ line: FoldedLine, in range: Range<Int>) -> Title? {
        let folded = line.foldedText(range)
        guard let planWord = folded.range(ofWords: "運営方針") else { return nil }
        let beforePlan = folded[..<planWord.lowerBound]
        let yearEnd = beforePlan.range(ofWords: "年度")?.upperBound ?? beforePlan.startIndex
        var wardStart = yearEnd
        // `2019年度(平成31年度)淀川区`: the era's name for the year, in brackets, is not part of the ward's.
        if beforePlan[wardStart...].first == "(", let close = beforePlan[wardStart...].firstIndex(of: ")") {
            wardStart = beforePlan.index(after: close)
        }
        // `大阪市住吉区`: the city's name is not part of the ward's.
        if let city = beforePlan[wardStart...].range(ofWords: "大阪市"), beforePlan[wardStart..<city.lowerBound].allSatisfy({ $0 == " " }) {
            wardStart = city.upperBound
        }
        let yearText = String(beforePlan[..<yearEnd])
        let wardOffset = folded.distance(from: folded.startIndex, to: wardStart)
        let wardEnd = folded.distance(from: folded.startIndex, to: planWord.lowerBound)
        let ward = line.originalText((range.lowerBound + wardOffset)..<(range.lowerBound + wardEnd))
            .trimmingWhitespaces()
        guard ward.hasSuffix("区"), ward.count <= 12 else { return nil }
        let status = status(in: String(folded[planWord.upperBound...]))
        let text = line.originalText(range).trimmingWhitespaces()
        return Title(text: text, ward: ward, fiscalYear: FiscalYear(label: yearText.trimmingWhitespaces()),
                     status: status)
    }

    /// 反, which every progress notice holds (``noticeStatus(in:)``).
    static let noticeMark: Unicode.Scalar = "反"
    /// 年, which every fiscal-year mention holds (``fiscalYearMention(in:)``).
    static let yearMark: Unicode.Scalar = "年"

    /// The state a page's progress notice names: `…「自己評価」欄に反映しています。` (selfEvaluated),
    /// `…「中間振り返り」欄に反映しています。` (interimReviewed); `nil` for any other line.
    static func noticeStatus(in folded: String) -> PlanStatus? {
        guard folded.containsWords("反映し") else { return nil }
        if folded.containsWords("「自己評価") { return .selfEvaluated }
        if folded.containsWords("「中間振り返り") { return .interimReviewed }
        return nil
    }

    /// The state a title names after `運営方針`: (素案), (案), (中間振り返り), (自己評価); else final.
    static func status(in tail: String) -> PlanStatus {
        if tail.containsWords("素案") { return .outline }
        if tail.containsWords("自己評価") { return .selfEvaluated }
        if tail.containsWords("振り返り") { return .interimReviewed }
        if tail.containsWords("案") { return .draft }
        return .final
    }

    /// Reads `(区長:上田 正敏)` or `区長 上田 正敏`: the name as written, or `nil`. Told from the folded values, one
    /// per character (see ``FoldedLine/scalars``).
    static func head(_ line: FoldedLine, in range: Range<Int>) -> String? {
        let values = line.scalars
        let (space, open, close, colon) = (UInt32(0x20), UInt32(0x28), UInt32(0x29), UInt32(0x3A))
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
    /// The first era-named fiscal year mentioned in folded text (`令和2年度`), for plans whose title lacks one.
    static func fiscalYearMention(in folded: String) -> FiscalYear? {
        for era in JapaneseEra.allCases {
            var searchStart = folded.startIndex
            while let eraRange = folded[searchStart...].range(ofWords: era.kanji) {
                let rest = folded[eraRange.upperBound...].prefix(6)
                if let end = rest.range(ofWords: "年度"), let year = FiscalYear(label: era.kanji + rest[..<end.upperBound]) {
                    return year
                }
                searchStart = eraRange.upperBound
            }
        }
        return nil
    }
}
