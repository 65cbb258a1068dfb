import WardPlan

/// Plans made up for measuring: every ward × fiscal year, realistic in shape and deterministic — the same
/// parameters and seed give the same plans on every machine.
///
/// The 24 wards of Osaka City come first in the city's order (with their codes), then numbered wards
/// (`第25区`, …). Each plan has 3–6 経営課題 of 1–4 戦略 and exactly `initiativesPerPlan` 具体的取組, titles
/// drawn from pools (values repeat as in real plans), a unique 40–80-character description per initiative, a
/// skewed budget (most small, a few large; about one in ten without any), filled reviews on some, 予算額 and
/// 決算額 lines on the issues of plans from 2023 (the city's later layout), 1–3 市政改革計画 items; and for
/// one ward-year in eight, the 案 before the 確定.
///
/// ```swift
/// for plan in SyntheticDataset(wards: 24, years: 5, initiativesPerPlan: 200, seed: 1) { … }
/// ```
public struct SyntheticDataset: Sequence, Sendable {
    /// How many wards.
    public let wards: Int
    /// How many consecutive fiscal years, from `firstYear`.
    public let years: Int
    /// How many 具体的取組 each plan has.
    public let initiativesPerPlan: Int
    /// The seed.
    public let seed: UInt64
    /// The first fiscal year (西暦).
    public let firstYear: Int

    /// A dataset of `wards` × `years` plans (and some drafts), each of `initiativesPerPlan` initiatives; the
    /// years are kept within those a plan can name (西暦 1000–9999).
    public init(wards: Int, years: Int, initiativesPerPlan: Int, seed: UInt64, firstYear: Int = 2020) {
        self.wards = Swift.max(0, wards)
        self.initiativesPerPlan = Swift.max(0, initiativesPerPlan)
        self.seed = seed
        // Years the model holds (西暦 1000–9999), and no more of them than fit after the first.
        self.firstYear = Swift.min(Swift.max(firstYear, FiscalYear.validYears.lowerBound), FiscalYear.validYears.upperBound)
        self.years = Swift.min(Swift.max(0, years), FiscalYear.validYears.upperBound - self.firstYear + 1)
    }

    /// The ward at `index`: Osaka City's in the city's order, then numbered ones.
    public static func ward(at index: Int) -> Ward {
        index < Ward.osakaCity.count ? Ward.osakaCity[index] : Ward(name: "第\(index + 1)区")
    }

    public func makeIterator() -> Iterator { Iterator(dataset: self) }

    /// Makes the plans one at a time: only the plan being made is in memory.
    public struct Iterator: IteratorProtocol {
        let dataset: SyntheticDataset
        private var ward = 0
        private var year = 0
        private var pendingFinal = false

        init(dataset: SyntheticDataset) { self.dataset = dataset }

        public mutating func next() -> OperatingPlan? {
            guard dataset.years > 0, ward < dataset.wards else { return nil }
            // Each ward-year has its own generator, so a plan does not depend on the ones before it.
            var random = SplitMix64(seed: dataset.seed ^ (UInt64(ward) << 32) ^ UInt64(year) &* 0x9E37_79B9)
            let hasDraft = random.chance(12)
            let status: PlanStatus
            if hasDraft && !pendingFinal {
                status = .draft
                pendingFinal = true
            } else {
                status = .final
                pendingFinal = false
            }
            var maker = SyntheticPlan(ward: SyntheticDataset.ward(at: ward), fiscalYear: FiscalYear(dataset.firstYear + year),
                                      status: status, initiatives: dataset.initiativesPerPlan, random: random)
            let plan = maker.make()
            if !pendingFinal {
                year += 1
                if year == dataset.years { (ward, year) = (ward + 1, 0) }
            }
            return plan
        }
    }
}
