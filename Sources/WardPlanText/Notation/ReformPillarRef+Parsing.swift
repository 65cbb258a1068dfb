import Foundation
import WardPlan

extension ReformPillarRef {
    /// Parses a reference such as `3-3(4)`, `５－１` or `改革の柱3-3(4)`; `nil` when it holds no numbers
    /// or anything but numbers, dashes and parentheses after the optional `改革の柱`.
    public init?(parsing written: String) {
        var folded = MatchText.fold(written).trimmingWhitespaces()
        let label = "改革の柱"
        // Folded text is matched on its bytes (``Swift/String/hasPrefix(words:)``), not by Unicode's equivalence.
        if folded.hasPrefix(words: label) { folded.removeFirst(label.count) }
        var numbers: [Int] = []
        var digits = ""
        for character in folded {
            if character.isASCII && character.isNumber {
                digits.append(character)
                continue
            }
            guard "-() ".contains(character) else { return nil }
            if let number = Int(digits) { numbers.append(number) }
            digits = ""
        }
        if let number = Int(digits) { numbers.append(number) }
        guard !numbers.isEmpty else { return nil }
        let trimmed = written.trimmingWhitespaces()
        self.init(text: MatchText.fold(trimmed).hasPrefix(words: label) ? String(trimmed.dropFirst(label.count)) : trimmed,
                  components: numbers)
    }
}
