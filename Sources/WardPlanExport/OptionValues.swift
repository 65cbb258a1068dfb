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
                throw WardPlanError(.invalidOption, .unknownOption(name, format: format, suggestion: Suggestion.closest(to: name, among: names),
                                                                   options: names), path: nil)
            }
            guard declaration.accepts(value) else {
                throw WardPlanError(.invalidOption, .badOptionValue(value, option: name, format: format, accepted: declaration.valueSummary,
                                                                    suggestion: Suggestion.closest(to: value, among: declaration.completions)),
                                    path: nil)
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
