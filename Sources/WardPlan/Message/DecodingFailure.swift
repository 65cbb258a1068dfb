/// Why a stored value of a plan was refused, in both languages: carried as the underlying error of the
/// `DecodingError` the model's decoders throw, so that a reader can say it in the user's language.
package struct DecodingFailure: Error, Sendable {
    package let message: Message

    /// A `DecodingError.dataCorrupted` at `codingPath` whose description is `message` in English.
    package static func corrupted(_ message: Message, at codingPath: [any CodingKey]) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: message.english,
                                             underlyingError: DecodingFailure(message: message)))
    }
}
