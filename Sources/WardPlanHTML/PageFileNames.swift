import WardPlan

/// File names for the pages of several plans: safe whatever the ward's name holds (letters and digits
/// are kept, anything else becomes `_`), unique within one export.
struct PageFileNames {
    private var used: Set<String> = ["index.html"]

    mutating func name(for plan: OperatingPlan) -> String {
        let ward = String(plan.ward.name.unicodeScalars.prefix(40).map { scalar -> Character in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) ? Character(scalar) : "_"
        })
        let base = "\(plan.fiscalYear.startYear)-\(ward.isEmpty ? "ward" : ward)-\(plan.status.rawValue)"
        var candidate = base + ".html"
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter).html"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Whether `name` is one this exporter writes: `index.html`, or `<year>-<ward>-<state>[-<n>].html`. An
    /// existing folder is replaced only when every file in it is such a name.
    static func isPageName(_ name: String) -> Bool {
        guard name != "index.html" else { return true }
        guard name.hasSuffix(".html") else { return false }
        var parts = name.dropLast(".html".count).split(separator: "-", omittingEmptySubsequences: false)
        if parts.count >= 4, let last = parts.last, Int(last) != nil { parts.removeLast() }
        guard parts.count == 3, let year = parts.first, !year.isEmpty, year.allSatisfy(\.isASCII), Int(year) != nil else { return false }
        return PlanStatus(rawValue: String(parts[2])) != nil
    }
}
