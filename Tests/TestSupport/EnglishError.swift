import WardPlan

/// An error as a test written in English expects it: its kind, its English message and the path it names.
public struct EnglishError: Equatable, Sendable, CustomStringConvertible {
    public let kind: WardPlanError.Kind
    public let message: String
    public let path: String?

    public init(_ kind: WardPlanError.Kind, _ message: String, path: String? = nil) {
        self.kind = kind
        self.message = message
        self.path = path
    }

    public var description: String { "\(kind): \(message)" + (path.map { " (\($0))" } ?? "") }
}

/// The ``WardPlanError`` `body` throws, in English; `nil` when it throws nothing or another error.
public func thrownError(_ body: () throws -> Void) -> EnglishError? {
    do {
        try body()
        return nil
    } catch let error as WardPlanError {
        return EnglishError(error.kind, error.message.english, path: error.location.file)
    } catch {
        return nil
    }
}
