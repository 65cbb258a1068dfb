import ArgumentParser
import WardPlan

extension Message {
    /// The message in the language of the running command line (its console's).
    var localized: String { text(in: CLIContext.current.console.language) }
}

extension ArgumentHelp {
    /// Help in the language of the running command line.
    init(_ message: Message) { self.init(message.localized) }
}
