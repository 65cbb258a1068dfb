import WardPlan

/// The values given for an exporter's options, checked against its declarations: every name is one it
/// declares and every value one it accepts. Read typed values with ``subscript(_:)``.
public struct OptionValues: Sendable {
    private let values: [String: String]

    /// Checks `settings` (`name` → text, as `-O name=value` gives them) against `declarations`.
    /// - Throws: ``WardPlanError`` of kind ``WardPlanError/Kind/invalidOption`` naming the format, the option,
    ///   what it accepts, and the closest name or value when one is close.
    public init(_ settings: [String: String], declarations: [OptionDeclaration], format: String) throws(WardPlanError) {
        for (name, value) in settings.sorted(by: { $0.key < $1.key }) {
            guard let declaration = declarations.first(where: { $0.name == name }) else {
                let names = declarations.map(\.name)
                let hint = Suggestion.closest(to: name, among: names).map { "did you mean \"\($0)\"? " } ?? ""
                let accepted = names.isEmpty ? "it takes no options" : "it takes: " + names.joined(separator: ", ")
                throw WardPlanError(.invalidOption, "the \(format) format has no option \"\(name)\"; \(hint)\(accepted)",
                                    path: nil)
            }
            guard declaration.accepts(value) else {
                let hint = Suggestion.closest(to: value, among: declaration.completions).map { "; did you mean \"\($0)\"?" } ?? ""
                throw WardPlanError(.invalidOption, "option \"\(name)\" of the \(format) format takes \(declaration.valueSummary), "
                                        + "not \"\(value)\"\(hint)", path: nil)
            }
        }
        values = settings
    }

    /// Values for options whose defaults all apply.
    public init() { values = [:] }

    /// The typed value of `option`: the one given, or its default.
    public subscript<Value>(_ option: ExportOption<Value>) -> Value {
        values[option.declaration.name].flatMap(option.convert) ?? option.fallback
    }
}
