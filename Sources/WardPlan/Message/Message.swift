/// A message to a person — an error, a diagnostic, a line of help — in each ``Language`` WardPlan speaks.
///
/// WardPlan's own messages come from one catalogue (the `Message` extensions beside this type), each
/// written in English and in Japanese. Text from outside — a system error, a third-party exporter's
/// message — is carried as it is with ``init(_:)``.
///
/// ```swift
/// let message = Message(english: "the plan has no goal", japanese: "区の目標がありません")
/// print(message.text(in: .japanese))
/// ```
public struct Message: Sendable, Hashable, CustomStringConvertible {
    /// The message in English.
    public var english: String
    /// The message in Japanese (日本語).
    public var japanese: String

    /// A message written in both languages.
    public init(english: String, japanese: String) {
        self.english = english
        self.japanese = japanese
    }

    /// Text that reads the same in every language: a system's error text, a third-party exporter's message.
    public init(_ text: String) {
        self.init(english: text, japanese: text)
    }

    /// The message in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .english: english
        case .japanese: japanese
        }
    }

    /// The message in English.
    public var description: String { english }
}
