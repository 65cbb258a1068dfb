import Foundation
import WardPlan
import WardPlanMessages

/// The 2023+ layout's lines of an issue: its SDGs and its indicators' results.
extension PlanAssembler {
    mutating func addSDGs(_ goals: [Int], text: String, column: Int) {
        guard let issue = current?.issueIndex, !goals.isEmpty else {
            return warn(.sdgLineSkipped(String(text.prefix(40))), column: column)
        }
        draft.issues[issue].sdgs.append(contentsOf: goals)
        mark(.field)
    }

    /// `<令和6年度実績と達成状況>` sets the year; `84.2%:A` is the next indicator's actual value and rating.
    mutating func addIndicatorResult(_ text: String, to owner: ItemRef, column: Int) {
        let folded = MatchText.fold(text)
        if folded.containsWords("実績"), let range = folded.range(ofWords: "年度") {
            let label = folded[..<range.upperBound].drop { !$0.isLetter && !$0.isNumber }
            if let year = FiscalYear(label: String(label), contextEra: planEra) {
                resultYear = year
                return mark(.heading)
            }
        }
        let year = resultYear ?? draft.title?.fiscalYear ?? draft.mentionedYear ?? FiscalYear(0)
        let (actual, rating) = IndicatorText.actualAndRating(text)
        let placed = draft.withIndicators(of: owner) { indicators in
            guard let index = indicators.firstIndex(where: { !$0.measurements.contains { $0.fiscalYear == year } }) else { return false }
            indicators[index].measurements.append(.init(fiscalYear: year, actual: actual, rating: rating))
            return true
        }
        guard placed == true else {
            return warn(.resultWithoutIndicator(String(text.prefix(40))), column: column)
        }
        mark(.field)
    }
}
