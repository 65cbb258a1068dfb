/// The languages WardPlan speaks to people in: its messages, diagnostics and the command line's help.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// English, the default.
    case english = "en"
    /// 日本語 — Japanese.
    case japanese = "ja"

    /// The language a POSIX locale environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty decides, and a locale named `ja…` (`ja_JP.UTF-8`, `ja`) is Japanese;
    /// anything else (`C`, `en_US.UTF-8`, nothing set) is English.
    public init(environment: [String: String]) {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        self = locale.hasPrefix("ja") ? .japanese : .english
    }
}
