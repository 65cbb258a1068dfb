import WardPlan

/// A strict check of one JSON record before it is decoded, which also learns where each value stands.
///
/// JSON as RFC 8259 writes it and nothing more: no trailing commas, no duplicated keys (tools disagree on
/// which one wins), no lone surrogates, no raw control characters in text. A plan holds only whole
/// numbers, so a fraction, an exponent or a number beyond 64 bits is refused with its field. Every error
/// names the line and column where the fault is — a record cut short points at what was left open.
///
/// - Complexity: O(n) in the record's bytes; nesting is limited to ``maxDepth``.
struct JSONSyntax {
    /// Where a value stands: 1-based line and column (in characters).
    struct Position: Equatable {
        let line: Int
        let column: Int
    }

    /// Deeper nesting than any plan needs is refused rather than followed.
    static let maxDepth = 64

    private let bytes: [UInt8]
    private let file: String?
    private var index = 0
    private var line: Int
    private var lineStart = 0
    /// Where the last comma between members was, for a trailing comma's error.
    private var lastComma: Position?
    /// The column at `columnIndex`, advanced as reading goes on so that positions cost O(1) amortised.
    private var column = 1
    private var columnIndex = 0
    /// The path of the value being read (`issues[0].strategies[1].title`), kept as one string that grows and
    /// shrinks as reading descends and returns, with where each component begins.
    private var pathText = ""
    private var pathStarts: [String.Index] = []
    /// For each component of the path, the name of the object or list it is in (a list's items carry the
    /// list's key), so that each key is checked against its kind of object without parsing the path.
    private var names: [String] = []
    /// Whether each component of the path is a list index.
    private var isIndex: [Bool] = []
    private let knownKeys: [String: Set<String>]?
    private let learning: Bool
    private let recordingAll: Bool
    /// The lists whose items a source map points at (see ``JSONSourceMap``).
    private static let locatedLists: Set<String> = ["issues", "strategies", "initiatives", "reformItems"]

    /// What a check found.
    struct Scan {
        /// Positions by path: of every value when recording all (to place a decoding error), else of what a
        /// source map needs — the plan, its fields, each issue, strategy, initiative, reform item and budget.
        var positions: [String: Position] = [:]
        /// An error for each key that its kind of object does not have (its value is not read).
        var unknownKeys: [Diagnostic] = []
        /// When learning: the keys seen in each kind of object, named by the key that holds it.
        var seenKeys: [String: Set<String>] = [:]
    }

    private var scan = Scan()

    /// Checks `bytes`, which start on line `firstLine` of `file`: where each value stands, and each key not in
    /// `knownKeys` (by the name of the object holding it); with `learning`, which keys each object has.
    static func check(_ bytes: [UInt8], file: String?, firstLine: Int, knownKeys: [String: Set<String>]? = nil,
                      learning: Bool = false, recordingAll: Bool = false) throws(WardPlanError) -> Scan {
        var syntax = JSONSyntax(bytes: bytes, file: file, line: firstLine, knownKeys: knownKeys, learning: learning,
                                recordingAll: recordingAll)
        try syntax.skipWhitespace()
        try syntax.value(depth: 0)
        try syntax.skipWhitespace()
        if syntax.index < bytes.count { throw syntax.error(.textAfterRecord) }
        return syntax.scan
    }

    private init(bytes: [UInt8], file: String?, line: Int, knownKeys: [String: Set<String>]?, learning: Bool, recordingAll: Bool) {
        self.bytes = bytes
        self.file = file
        self.line = line
        self.knownKeys = knownKeys
        self.learning = learning
        self.recordingAll = recordingAll
    }

    // MARK: - Values

    private mutating func value(depth: Int) throws(WardPlanError) {
        if recordingAll || isLocated { scan.positions[pathText] = here() }
        guard let byte = peek() else { throw error(.valueMissing) }
        switch byte {
        case UInt8(ascii: "{"): try object(depth: depth + 1)
        case UInt8(ascii: "["): try array(depth: depth + 1)
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: throw error(.cannotStartValue(shown(byte)))
        }
    }

    private mutating func object(depth: Int) throws(WardPlanError) {
        let opened = here()
        try enter(depth, opened)
        index += 1
        // An object has a few keys: a list searched in order costs less than hashing each.
        var keys: [(key: String, position: Position)] = []
        let known = knownKeys?[names.last ?? ""]
        try skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            guard let byte = peek() else { throw cutShort(.object, at: opened) }
            guard byte == UInt8(ascii: "\"") else {
                if byte == UInt8(ascii: "}"), let comma = lastComma { throw error(.trailingComma(before: "}"), at: comma) }
                throw error(.keyExpected(shown(byte)))
            }
            let keyPosition = here()
            let key = try string()
            if let first = keys.first(where: { $0.key == key })?.position {
                throw WardPlanError(.invalidInput, .keyTwice(key, firstLine: first.line), at: location(keyPosition, field: pathText(adding: key)))
            }
            try skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw colonExpected(after: key, opened: opened) }
            index += 1
            try skipWhitespace()
            keys.append((key, keyPosition))
            check(key, known: known)
            push(key: key)
            try value(depth: depth)
            pop()
            if try endOfMember(closing: "}", of: .object, at: opened) { return }
        }
    }

    private mutating func array(depth: Int) throws(WardPlanError) {
        let opened = here()
        try enter(depth, opened)
        index += 1
        try skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return
        }
        var count = 0
        while true {
            if peek() == UInt8(ascii: "]"), let comma = lastComma { throw error(.trailingComma(before: "]"), at: comma) }
            push(index: count)
            try value(depth: depth)
            pop()
            count += 1
            if try endOfMember(closing: "]", of: .list, at: opened) { return }
        }
    }

    /// After a member of an object or list: `true` past its closing bracket, `false` past a comma.
    private mutating func endOfMember(closing: Unicode.Scalar, of container: Message.Opened, at opened: Position) throws(WardPlanError) -> Bool {
        try skipWhitespace()
        guard let next = peek() else { throw cutShort(container, at: opened) }
        if next == UInt8(ascii: closing) {
            index += 1
            return true
        }
        guard next == UInt8(ascii: ",") else { throw error(.commaExpected(shown(next), closing: String(closing))) }
        lastComma = here()
        index += 1
        try skipWhitespace()
        return false
    }

    private func enter(_ depth: Int, _ opened: Position) throws(WardPlanError) {
        guard depth <= Self.maxDepth else {
            throw WardPlanError(.invalidInput, .nestedTooDeep(Self.maxDepth),
                                at: location(opened))
        }
    }

    /// Reads a string; returns its bytes as written between the quotes (for keys, compared as written).
    private mutating func string() throws(WardPlanError) -> String {
        let opened = here()
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                let content = bytes[start..<index]
                index += 1
                guard let text = String(validating: content, as: UTF8.self) else {
                    throw WardPlanError(.invalidInput, .jsonNotUTF8, at: location(opened))
                }
                return text
            case UInt8(ascii: "\\"):
                try escape()
            case 0x0A, 0x0D:
                throw cutShort(.text, at: opened)
            case 0x00..<0x20:
                throw error(.controlInText(shown(byte)))
            default:
                index += 1
            }
        }
        throw cutShort(.text, at: opened)
    }

    private mutating func escape() throws(WardPlanError) {
        let start = index
        index += 1
        guard index < bytes.count else { return }
        switch bytes[index] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index += 1
        case UInt8(ascii: "u"):
            index -= 1
            let unit = try hexUnit()
            if (0xD800..<0xDC00).contains(unit) {
                guard bytes[index...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else { throw loneSurrogate(unit, at: start) }
                let low = try hexUnit()
                guard (0xDC00..<0xE000).contains(low) else { throw loneSurrogate(unit, at: start) }
            } else if (0xDC00..<0xE000).contains(unit) {
                throw loneSurrogate(unit, at: start)
            }
        default:
            index -= 1
            throw error(.notAnEscape(shown(bytes[index + 1])))
        }
    }

    /// Reads `\uXXXX` at `index`.
    private mutating func hexUnit() throws(WardPlanError) -> UInt32 {
        let digits = bytes.dropFirst(index + 2).prefix(4)
        // Four hexadecimal digits exactly: `UInt32(_:radix:)` alone would also take a sign (`\u+041`).
        guard digits.count == 4, digits.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }),
            let unit = UInt32(String(decoding: digits, as: UTF8.self), radix: 16)
        else {
            throw error(.badUnicodeEscape)
        }
        index += 6
        return unit
    }

    private func loneSurrogate(_ unit: UInt32, at offset: Int) -> WardPlanError {
        let code = String(unit, radix: 16, uppercase: true)
        return WardPlanError(.invalidInput, .loneSurrogate(code),
                             at: location(position(at: offset), field: pathText))
    }

    private mutating func number() throws(WardPlanError) {
        let start = index
        let begins = here()
        if peek() == UInt8(ascii: "-") { index += 1 }
        let digitsStart = index
        skipDigits()
        let integerDigits = index - digitsStart
        guard integerDigits > 0 else { throw error(.minusWithoutDigits) }
        if integerDigits > 1, bytes[digitsStart] == UInt8(ascii: "0") {
            throw WardPlanError(.invalidInput, .leadingZero, at: location(begins, field: pathText))
        }
        var whole = true
        if peek() == UInt8(ascii: ".") {
            index += 1
            whole = false
            guard skipDigits() > 0 else { throw error(.noFractionDigits) }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index += 1
            whole = false
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard skipDigits() > 0 else { throw error(.noExponentDigits) }
        }
        let written = String(decoding: bytes[start..<index], as: UTF8.self)
        guard whole else {
            throw WardPlanError(.invalidInput, .notWhole(written), at: location(begins, field: pathText))
        }
        guard Int(written) != nil else {
            throw WardPlanError(.invalidInput, .numberTooLarge(digits: integerDigits, largest: String(Int.max)), at: location(begins, field: pathText))
        }
    }

    @discardableResult
    private mutating func skipDigits() -> Int {
        let start = index
        while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
        return index - start
    }

    private mutating func literal(_ word: String) throws(WardPlanError) {
        let expected = word.utf8
        guard bytes.dropFirst(index).starts(with: expected) else { throw error(.cannotStartValue(shown(bytes[index]))) }
        index += expected.count
    }

    // MARK: - Position and errors

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() throws(WardPlanError) {
        while let byte = peek() {
            switch byte {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
                columnIndex = index
                column = 1
            default: return
            }
        }
    }

    /// The current position, counting on from the last one asked for.
    private mutating func here() -> Position {
        column += bytes[columnIndex..<index].count { $0 & 0xC0 != 0x80 }
        columnIndex = index
        return Position(line: line, column: column)
    }

    /// The position of the byte at `offset` on the current line (for errors, once).
    private func position(at offset: Int) -> Position {
        Position(line: line, column: bytes[lineStart..<min(offset, bytes.count)].count { $0 & 0xC0 != 0x80 } + 1)
    }

    /// The current position, counted from the line's start (for errors, once).
    private var position: Position {
        Position(line: line, column: bytes[lineStart..<min(index, bytes.count)].count { $0 & 0xC0 != 0x80 } + 1)
    }

    private func pathText(adding key: String) -> String { pathText.isEmpty ? key : pathText + "." + key }

    /// Whether a source map points at the value being read.
    private var isLocated: Bool {
        guard let name = names.last, let index = isIndex.last else { return true }
        return names.count == 1 || name == "budget" || (index && Self.locatedLists.contains(name))
    }

    private mutating func push(key: String) {
        pathStarts.append(pathText.endIndex)
        pathText = pathText(adding: key)
        names.append(key)
        isIndex.append(false)
    }

    private mutating func push(index: Int) {
        pathStarts.append(pathText.endIndex)
        pathText += "[\(index)]"
        names.append(names.last ?? "")
        isIndex.append(true)
    }

    private mutating func pop() {
        if let start = pathStarts.popLast() { pathText.removeSubrange(start...) }
        names.removeLast()
        isIndex.removeLast()
    }

    /// Learns `key`, or reports it when the object holding it has no such key; at the value's position.
    private mutating func check(_ key: String, known: Set<String>?) {
        if learning { scan.seenKeys[names.last ?? "", default: []].insert(key) }
        guard let known, !known.contains(key) else { return }
        let place = here()
        scan.unknownKeys.append(JSONKnownKeys.unknown(key, among: known, at: SourceLocation(
            file: file, line: place.line, column: place.column, field: pathText(adding: key))))
    }

    /// The path of the value holding the one at `path`: `issues[0].title` → `issues[0]`; `ward` → the plan (`""`).
    static func parent(of path: String) -> String {
        guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return "" }
        return String(path[..<cut])
    }

    private func location(_ position: Position, field: String? = nil) -> SourceLocation {
        SourceLocation(file: file, line: position.line, column: position.column, field: field.flatMap { $0.isEmpty ? nil : $0 })
    }

    private func error(_ message: Message) -> WardPlanError {
        WardPlanError(.invalidInput, message, at: location(position, field: pathText))
    }

    private func error(_ message: Message, at place: Position) -> WardPlanError {
        WardPlanError(.invalidInput, message, at: location(place, field: pathText))
    }

    private func colonExpected(after key: String, opened: Position) -> WardPlanError {
        peek() == nil ? cutShort(.object, at: opened) : error(.colonExpected(shown(bytes[index]), key: key))
    }

    private func cutShort(_ what: Message.Opened, at opened: Position) -> WardPlanError {
        WardPlanError(.invalidInput, .notClosed(what), at: location(opened, field: pathText))
    }

    private func shown(_ byte: UInt8) -> String {
        (0x21..<0x7F).contains(byte) ? "“\(Character(Unicode.Scalar(byte)))”" : ControlCharacters.code(Unicode.Scalar(byte))
    }
}
