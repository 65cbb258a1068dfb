import Foundation
import WardPlan

/// Splits a byte stream into top-level JSON values without parsing them: the elements of a JSON array,
/// the lines of JSON Lines, or a single value. Only the value being scanned is held in memory.
///
/// - Complexity: O(n) in the bytes read.
struct JSONValueScanner {
    private var source: ByteSource
    private var buffer: [UInt8] = []
    private var position = 0
    private var line = 1
    private var sawArray = false
    private var started = false
    private var finished = false
    /// Set when a bad record ended where the next one begins, so recovery must not skip it.
    private var resumeHere = false
    let file: String?

    init(source: ByteSource, file: String?) {
        self.source = source
        self.file = file
    }

    /// The next value's bytes and the line it starts on, or `nil` at the end.
    mutating func next() throws -> (bytes: [UInt8], line: Int)? {
        guard !finished else { return nil }
        try begin()
        try skipSeparators()
        guard let first = try peek() else {
            finished = true
            if sawArray { throw error(.arrayNotClosed) }
            return nil
        }
        if sawArray && first == UInt8(ascii: "]") {
            position += 1
            finished = true
            try skipWhitespace()
            if try peek() != nil { throw error(.textAfterArray) }
            return nil
        }
        let startLine = line
        do {
            return (try scanValue(), startLine)
        } catch {
            try recover()
            throw error
        }
    }

    /// The next record of JSON Lines read where it stands in the buffer: `read` is offered the whole line the
    /// record starts (from its `{` to the line's end) and the line number. When `read` gives a result, the
    /// scanner moves past the line; when it gives `nil` (a record over several lines, a fault), or the input is
    /// not JSON Lines, nothing is consumed and ``next()`` scans the value as usual.
    mutating func nextOnOneLine<T>(_ read: (UnsafeBufferPointer<UInt8>, Int) -> T?) throws -> T? {
        guard !finished else { return nil }
        try begin()
        guard !sawArray else { return nil }
        try skipSeparators()
        guard try peek() == UInt8(ascii: "{") else { return nil }
        var searched = position
        var end: Int?
        while true {
            end = buffer.withUnsafeBufferPointer { bytes -> Int? in
                guard let base = bytes.baseAddress, searched < bytes.count,
                    let found = memchr(base + searched, 0x0A, bytes.count - searched)
                else { return nil }
                return UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
            }
            if end != nil { break }
            let kept = buffer.count - position
            guard try fill() else { break }
            searched = kept
        }
        let lineEnd = end ?? buffer.count
        let result = buffer.withUnsafeBufferPointer { bytes in read(UnsafeBufferPointer(rebasing: bytes[position..<lineEnd]), line) }
        if result != nil { position = lineEnd }
        return result
    }

    /// At the start: past a byte order mark, and into the array when the input is one.
    private mutating func begin() throws {
        guard !started else { return }
        started = true
        try skipBOM()
        try skipWhitespace()
        if try peek() == UInt8(ascii: "[") {
            sawArray = true
            position += 1
        }
    }

    /// After a bad record: JSON Lines go on at the next line; an array cannot be followed further.
    private mutating func recover() throws {
        guard !sawArray else {
            finished = true
            return
        }
        guard !resumeHere else {
            resumeHere = false
            return
        }
        while let byte = try peek(), byte != UInt8(ascii: "\n") { position += 1 }
    }

    /// The bytes of one value. A line break inside text, or a `{` opening a line while a value outside any
    /// array is still open, means the record was cut short: the error points at the line it started on,
    /// and the next record is left whole.
    private mutating func scanValue() throws -> [UInt8] {
        var value: [UInt8] = []
        var depth = 0
        var inString = false
        var escaped = false
        var last: UInt8 = 0
        let startLine = line
        // The buffer is scanned a run at a time and each run copied whole: the loop over bytes does no
        // appending and no bounds-checked peeking.
        while true {
            if position == buffer.count { guard try fill() else { break } }
            let runStart = position
            var stop = false
            var failure: WardPlanError?
            buffer.withUnsafeBufferPointer { bytes in
                var index = position
                defer { position = index }
                while index < bytes.count {
                    let byte = bytes[index]
                    if inString {
                        if byte == UInt8(ascii: "\n") {
                            failure = cutShort(startLine, .textNotClosedOnLine)
                            return
                        }
                        index += 1
                        last = byte
                        if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                        continue
                    }
                    if depth == 0 && (!value.isEmpty || index > runStart) && isDelimiter(byte) {
                        stop = true
                        return
                    }
                    if !sawArray && depth > 0 && byte == UInt8(ascii: "{") && last == UInt8(ascii: "\n") {
                        resumeHere = true
                        failure = cutShort(startLine, .newRecordOnLine(line))
                        return
                    }
                    index += 1
                    last = byte
                    switch byte {
                    case UInt8(ascii: "\n"): line += 1
                    case UInt8(ascii: "\""): inString = true
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth < 0 {
                            failure = error(.unbalanced(String(Character(UnicodeScalar(byte)))))
                            return
                        }
                        if depth == 0 {
                            stop = true
                            return
                        }
                    default: break
                    }
                }
            }
            value.append(contentsOf: buffer[runStart..<position])
            if let failure { throw failure }
            if stop { return value }
        }
        if inString || depth > 0 { throw cutShort(startLine, .fileEnds) }
        return value
    }

    private func cutShort(_ startLine: Int, _ why: Message.CutShort) -> WardPlanError {
        WardPlanError(.invalidInput, .recordCutShort(why), at: SourceLocation(file: file, line: startLine))
    }

    private func isDelimiter(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    private mutating func skipSeparators() throws {
        try skipWhitespace()
        guard sawArray, try peek() == UInt8(ascii: ",") else { return }
        position += 1
        try skipWhitespace()
    }

    private mutating func skipWhitespace() throws {
        while let byte = try peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            if byte == 0x0A { line += 1 }
            position += 1
        }
    }

    private mutating func skipBOM() throws {
        guard try peek() == 0xEF else { return }
        while buffer.count - position < 3 {
            guard try fill() else { return }
        }
        guard buffer[position + 1] == 0xBB, buffer[position + 2] == 0xBF else { return }
        position += 3
    }

    private mutating func peek() throws -> UInt8? {
        if position < buffer.count { return buffer[position] }
        guard try fill() else { return nil }
        return buffer[position]
    }

    /// Reads another chunk, keeping unread bytes; false at the end of the source.
    private mutating func fill() throws -> Bool {
        guard let chunk = try source.nextChunk() else { return false }
        buffer.removeFirst(position)
        position = 0
        buffer.append(contentsOf: chunk)
        return true
    }

    private func error(_ message: Message) -> WardPlanError {
        WardPlanError(.invalidInput, message, at: SourceLocation(file: file, line: line))
    }
}
