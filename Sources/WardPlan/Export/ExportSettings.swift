/// Exporter options as the command line gives them: names with text values (`encoding=cp932`) and
/// switches (`no-formula-guard`). Each exporter turns them into its own typed options.
public struct ExportSettings: Sendable, Equatable {
    private var values: [String: String]

    /// Settings from name–value pairs; a switch has the value `true`.
    public init(_ values: [String: String] = [:]) { self.values = values }

    /// The names given.
    public var names: [String] { values.keys.sorted() }

    /// The text given for `name`, if any.
    public subscript(name: String) -> String? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// Fails unless every name given is one of `known` (the exporter's own settings).
    public func checkNames(_ known: [String], format: String) throws(ExportError) {
        for name in names where !known.contains(name) {
            let accepted = known.isEmpty ? "it takes none" : "it takes: " + known.joined(separator: ", ")
            throw ExportError("the \(format) exporter has no option \"\(name)\"; \(accepted)", destination: format)
        }
    }

    /// The value of `name` among `choices`, `fallback` when absent; an error naming the choices otherwise.
    public func choice<T>(_ name: String, _ choices: [String: T], default fallback: T, format: String) throws(ExportError) -> T {
        guard let text = values[name] else { return fallback }
        guard let value = choices[text] else {
            let accepted = choices.keys.sorted().joined(separator: ", ")
            throw ExportError("option \"\(name)\" of the \(format) exporter takes \(accepted), not \"\(text)\"", destination: format)
        }
        return value
    }

    /// Whether the switch `name` is on.
    public func isOn(_ name: String) -> Bool { values[name].map { $0 != "false" } ?? false }
}
