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
}
