import Foundation
import WardPlan
import WardPlanMessages

/// The lines of published text, read from its bytes a piece at a time and each checked to be UTF-8.
///
/// LF, CR and CRLF end a line, as in editors and `wc -l`; VT, FF, NEL, U+2028 and U+2029 are text, kept byte for
/// byte, and do not shift the line numbers diagnostics give. The text after the last end is a line too. Only the
/// line being read and the piece it ends in are held, so a file of any size is read in the memory of its longest
/// line.
/// - Complexity: O(n) in the length of the text: each byte is looked at at most twice for a line's end.
struct TextLineReader {
    /// Gives the next piece of the input, or `nil` at its end.
    typealias Pieces = () throws(WardPlanError) -> Data?

    private let pieces: Pieces
    private let file: String?
    private var buffer: [UInt8] = []
    /// Where the next line begins in ``buffer``, and how far past it no line's end was found.
    private var start = 0
    private var scanned = 0
    private var atEnd = false
    private var finished = false
    /// How many bytes of the input came before ``buffer``, and how many LF bytes all pieces read so far hold: where
    /// an error stands.
    private var offset = 0
    private var lineFeeds = 0
    /// The number of the last line read.
    private(set) var lineNumber = 0

    /// Reads `first`, then what `pieces` gives; `file` names the input in errors.
    /// - Throws: ``WardPlan/WardPlanError`` when `first` holds a NUL byte.
    init(first: Data, file: String?, pieces: @escaping Pieces) throws(WardPlanError) {
        self.pieces = pieces
        self.file = file
        try append(first)
    }

    /// The next line, or `nil` after the last.
    /// - Throws: ``WardPlan/WardPlanError`` where the text is not UTF-8, holds a NUL byte, or has a line longer than
    ///   ``FoldedLine/maximumLength`` bytes, or where the input cannot be read.
    mutating func next() throws(WardPlanError) -> String? {
        guard !finished else { return nil }
        var end = start + scanned
        while true {
            end = buffer.withUnsafeBytes { Self.lineEnd(in: $0, from: end) }
            // A CR that ends what has been read may be the first half of CR LF: read on before deciding.
            let needsMore = end == buffer.count || (buffer[end] == 0x0D && end + 1 == buffer.count)
            guard needsMore, !atEnd else { break }
            scanned = end - start
            try readPiece()
            end = start + scanned
        }
        lineNumber += 1
        let line = start..<end
        if end == buffer.count {
            finished = true
            start = end
        } else {
            start = end + 1
            if buffer[end] == 0x0D, start < buffer.count, buffer[start] == 0x0A { start += 1 }
        }
        scanned = 0
        guard line.count <= FoldedLine.maximumLength else {
            throw WardPlanError(.invalidInput, .lineTooLong(maximum: FoldedLine.maximumLength),
                                at: SourceLocation(file: file, line: lineNumber))
        }
        guard let text = buffer.withUnsafeBufferPointer({ Self.text(of: UnsafeBufferPointer(rebasing: $0[line])) }) else {
            throw invalidUTF8(in: line)
        }
        // Given back only when more has been read than is left, so that what is copied is paid for by what was read.
        if buffer.capacity > Self.keptCapacity, start >= buffer.count - start { releaseReadLines() }
        return text
    }

    /// The most room the buffer keeps between lines: a long line grows it to its length, given back once the line is
    /// read, so that the line's text and the buffer are not both held while the line is worked on.
    private static let keptCapacity = 1 << 18

    /// Where the line that goes on at `from` ends: its first CR or LF, or the end of `bytes`. Looked for with
    /// `memchr` in windows that double from 256 bytes, LF first and then CR before it, so that each byte is read at
    /// most twice whichever ends the text uses, and a line costs its length, not the length of what follows it.
    private static func lineEnd(in bytes: UnsafeRawBufferPointer, from: Int) -> Int {
        var start = from
        var window = 256
        while start < bytes.count {
            let end = start + min(window, bytes.count - start)
            let lineFeed = find(0x0A, in: UnsafeRawBufferPointer(rebasing: bytes[..<end]), from: start) ?? end
            if let carriageReturn = find(0x0D, in: UnsafeRawBufferPointer(rebasing: bytes[..<lineFeed]), from: start) {
                return carriageReturn
            }
            if lineFeed < end { return lineFeed }
            start = end
            window *= 2
        }
        return bytes.count
    }

    /// Drops the lines already read, in new storage that fits what is left.
    private mutating func releaseReadLines() {
        offset += start
        buffer = Array(buffer[start...])
        start = 0
    }

    /// Appends the next piece, first dropping the lines already read; at the end of the input, notes it.
    private mutating func readPiece() throws(WardPlanError) {
        guard let piece = try pieces(), !piece.isEmpty else {
            atEnd = true
            return
        }
        if start > 0 {
            offset += start
            buffer.removeSubrange(0..<start)
            start = 0
        }
        try append(piece)
    }

    /// Appends `piece`, which must hold no NUL byte: text never does.
    private mutating func append(_ piece: Data) throws(WardPlanError) {
        // Looked for with `memchr` in the bytes' storage: `Data`'s own search pays for every byte it reads.
        let (nul, pieceLineFeeds) = piece.withUnsafeBytes { bytes in
            let nul = Self.find(0, in: bytes, from: 0)
            return (nul, Self.lineFeeds(in: bytes, before: nul ?? bytes.count))
        }
        if nul != nil {
            throw WardPlanError(.invalidInput, .binaryData, at: SourceLocation(file: file, line: lineFeeds + pieceLineFeeds + 1))
        }
        lineFeeds += pieceLineFeeds
        buffer.append(contentsOf: piece)
    }

    /// Where `byte` first stands in `bytes` at or after `start`, found with `memchr`.
    private static func find(_ byte: UInt8, in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress, let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
    }

    /// How many LF bytes `bytes` holds before `end`.
    private static func lineFeeds(in bytes: UnsafeRawBufferPointer, before end: Int) -> Int {
        var count = 0
        var start = 0
        while let found = find(0x0A, in: UnsafeRawBufferPointer(rebasing: bytes[..<end]), from: start) {
            count += 1
            start = found + 1
        }
        return count
    }

    /// The text of `bytes`, or `nil` when they are not UTF-8. Decoded with repair, which changes the bytes exactly
    /// where they are not UTF-8: the same as `String(validating:as:)`, without its generic decoding of each line.
    private static func text(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        let unchanged = text.withUTF8 { decoded in
            decoded.count == bytes.count && (bytes.isEmpty || memcmp(decoded.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
        return unchanged ? text : nil
    }

    /// Locates the first byte of `line` that breaks UTF-8: its byte in the input, and its column in scalars.
    private func invalidUTF8(in line: Range<Int>) -> WardPlanError {
        var decoder = UTF8()
        var iterator = buffer[line].makeIterator()
        var validBytes = 0
        var column = 1
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            validBytes += UTF8.width(scalar)
            column += 1
        }
        return WardPlanError(.invalidInput, .notUTF8(atByte: offset + line.lowerBound + validBytes),
                             at: SourceLocation(file: file, line: lineNumber, column: column))
    }
}
