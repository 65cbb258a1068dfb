import WardPlan

/// One option of an exporter, described once: the CLI's flags, help, completion and error messages,
/// `wardplan formats` and the typed value all come from it.
public struct OptionDeclaration: Sendable, Hashable {
    /// What kind of value the option takes.
    public enum Kind: Sendable, Hashable {
        /// One of a fixed list of words.
        case choice([String])
        /// On or off: `name`, `name=true|false`, or `--no-name` on the command line.
        case flag
        /// A whole number within a range.
        case integer(ClosedRange<Int>)
        /// Any text.
        case text
    }

    /// The option's name, as in `-O name=value` or `--name value`.
    public let name: String
    /// The kind of value.
    public let kind: Kind
    /// The value when the option is not given, as text.
    public let defaultValue: String
    /// One line of help, in English and in Japanese (`Message("…")` for one text in both).
    public let help: Message

    /// The values a shell may complete: the choices, or `true`/`false`.
    public var completions: [String] {
        switch kind {
        case .choice(let choices): choices
        case .flag: ["true", "false"]
        case .integer, .text: []
        }
    }

    /// The accepted values in words, e.g. `ja|en`, `true|false`, `1–16`.
    public var valueSummary: String {
        switch kind {
        case .choice(let choices): choices.joined(separator: "|")
        case .flag: "true|false"
        case .integer(let range): "\(range.lowerBound)–\(range.upperBound)"
        case .text: "text"
        }
    }

    /// How the option is written on a command line: `--encoding <utf8-bom|utf8|cp932>`, `--[no-]formula-guard`.
    public var usage: String {
        kind == .flag ? "--[no-]\(name)" : "--\(name) <\(valueSummary)>"
    }

    /// Whether `text` is a value the option accepts.
    func accepts(_ text: String) -> Bool {
        switch kind {
        case .choice(let choices): choices.contains(text)
        case .flag: OptionDeclaration.flagValue(text) != nil
        case .integer(let range): Int(text).map(range.contains) ?? false
        case .text: true
        }
    }

    /// `true`/`yes`/`on`/`1` and `false`/`no`/`off`/`0`.
    public static func flagValue(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "on", "1": true
        case "false", "no", "off", "0": false
        default: nil
        }
    }
}

/// A typed option: its declaration and how its text becomes a value.
///
/// ```swift
/// static let encoding = ExportOption.choice("encoding", default: Encoding.utf8BOM, help: "…")
/// init(values: OptionValues) { encoding = values[Self.encoding] }
/// ```
public struct ExportOption<Value: Sendable>: Sendable {
    /// The option as users see it.
    public let declaration: OptionDeclaration
    let convert: @Sendable (String) -> Value?
    let fallback: Value

    /// An option whose values are the raw values of `Value`'s cases.
    public static func choice(_ name: String, default fallback: Value, help: Message) -> ExportOption
    where Value: CaseIterable & RawRepresentable, Value.RawValue == String {
        ExportOption(declaration: OptionDeclaration(name: name, kind: .choice(Value.allCases.map(\.rawValue)),
                                                    defaultValue: fallback.rawValue, help: help),
                     convert: { Value(rawValue: $0) }, fallback: fallback)
    }

    /// An option that is on or off.
    public static func flag(_ name: String, default fallback: Bool = false, help: Message) -> ExportOption where Value == Bool {
        ExportOption(declaration: OptionDeclaration(name: name, kind: .flag, defaultValue: String(fallback), help: help),
                     convert: { OptionDeclaration.flagValue($0) }, fallback: fallback)
    }

    /// A whole number in `range`.
    public static func integer(_ name: String, default fallback: Int, in range: ClosedRange<Int>, help: Message) -> ExportOption
    where Value == Int {
        ExportOption(declaration: OptionDeclaration(name: name, kind: .integer(range), defaultValue: String(fallback), help: help),
                     convert: { Int($0).flatMap { range.contains($0) ? $0 : nil } }, fallback: fallback)
    }

    /// Free text.
    public static func text(_ name: String, default fallback: String = "", help: Message) -> ExportOption where Value == String {
        ExportOption(declaration: OptionDeclaration(name: name, kind: .text, defaultValue: fallback, help: help),
                     convert: { $0 }, fallback: fallback)
    }
}
