extension BudgetLedger {
    /// 経営課題 — the total of one issue in a ward-year, over the versions counted there.
    public struct IssueTotal: Sendable, Hashable {
        /// The issue's number.
        public let number: Int
        /// Its budget for the year: the sum of its 具体的取組 when any carries one, else its stated 予算額, else 0.
        public let total: ThousandYen
        /// Whether a counted version gives the issue a budget; `false` means 予算なし, and ``total`` is 0.
        public let isBudgeted: Bool

        /// The total of the issue numbered `number`.
        public init(number: Int, total: ThousandYen, isBudgeted: Bool) {
            self.number = number
            self.total = total
            self.isBudgeted = isBudgeted
        }

        /// The two totals of one issue added together (two versions counted with ``VersionPolicy/all``, or two
        /// issues of a plan under one number).
        func adding(_ other: IssueTotal) throws(BudgetError) -> IssueTotal {
            IssueTotal(number: number, total: try total.adding(other.total), isBudgeted: isBudgeted || other.isBudgeted)
        }

        /// The totals of `earlier` and `later`, each ordered by number, in one list so ordered, those of one number
        /// added together.
        static func merging(
            _ earlier: ArraySlice<IssueTotal>, _ later: ArraySlice<IssueTotal>
        ) throws(BudgetError) -> [IssueTotal] {
            var merged: [IssueTotal] = []
            merged.reserveCapacity(earlier.count + later.count)
            var (left, right) = (earlier.startIndex, later.startIndex)
            while left < earlier.endIndex || right < later.endIndex {
                if right == later.endIndex || left < earlier.endIndex && earlier[left].number < later[right].number {
                    merged.append(earlier[left])
                    left += 1
                } else if left == earlier.endIndex || later[right].number < earlier[left].number {
                    merged.append(later[right])
                    right += 1
                } else {
                    merged.append(try earlier[left].adding(later[right]))
                    left += 1
                    right += 1
                }
            }
            return merged
        }

        /// `totals` ordered by number, those of one number added together.
        static func ordered(_ totals: ArraySlice<IssueTotal>) throws(BudgetError) -> [IssueTotal] {
            var merged: [IssueTotal] = []
            for total in totals.sorted(by: { $0.number < $1.number }) {
                if let last = merged.last, last.number == total.number {
                    merged[merged.count - 1] = try last.adding(total)
                } else {
                    merged.append(total)
                }
            }
            return merged
        }
    }
}
