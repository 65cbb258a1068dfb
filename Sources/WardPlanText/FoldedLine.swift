import WardPlan

/// One line of published text with its folded form for matching.
///
/// The folded form is the line character by character through ``MatchText/fold(_:)``, held as one number per
/// folded character (``scalars``); every folded character maps back to the original one it came from
/// (``origin(of:)``), so that whatever is matched on the folded form is taken from the original text, byte for byte.
///
/// Held compactly, since a line of a table can hold a whole plan: two bytes per folded character for its value
/// (``FoldedScalars``), beside the line itself. Most characters are their own fold, one scalar each, so where a
/// folded character came from and where an original one begins in the UTF-8 are worked out, not stored: only the
/// runs where folding changed the text (``Change``) keep them, with where every 16th original character begins.
/// Folded characters and text are made on demand (``folded``, ``foldedText(_:)``).
///
/// A class, as a line is handed from the assembler to the tokenizer and the classifiers: one reference to count, not
/// each of its buffers.
final class FoldedLine {
    let number: Int
    /// The line as published.
    let text: String
    /// What reading the line found, kept whole (not copied part by part) and read through the properties below; a
    /// long line's values are replaced by a window once it is made.
    private var reading: Reading
    /// A long line's pairs of brackets and where its tabs stand, found while its values were held; other lines'
    /// are found when asked for (``brackets``, ``tabs``), as many lines are never tokenized.
    private let heldBrackets: BracketPairs?
    private let heldTabs: [Int]?

    /// Each folded character's scalar value; for a character of several scalars, its first one's with
    /// ``cluster`` set, so that it equals no scalar. Folded characters are in NFC, so a character equals a
    /// one-scalar character exactly when their values are equal. A line of more than four windows
    /// (``windowLength``) has them made a window at a time.
    var scalars: FoldedScalars { reading.scalars }
    /// The folded characters of more than one scalar, by index (there are few).
    private var clusters: [Int: Character] { reading.clusters }
    /// Where folding changed the text, in order. Folded text elsewhere is the original's bytes, one scalar for one
    /// original character.
    private var changes: [Change] { reading.changes }
    /// For the folded characters of every change, in order, the original character each came from.
    private var changedOrigins: [UInt32] { reading.changedOrigins }
    /// For the original characters of every change, in order, where each begins in the UTF-8, and where the
    /// change's last one ends.
    private var changedBounds: [UInt32] { reading.changedBounds }
    /// Where original characters 16, 32, 48 … begin in the UTF-8 (character 0 begins it).
    private var checkpoints: [UInt32] { reading.checkpoints }
    /// The number of original characters.
    private var originalCount: Int { Int(reading.originalCount) }

    /// A run of folded characters that are not original characters of one scalar kept as they are — an empty run
    /// where a character folded to nothing — and the original characters it came from. Runs never touch: two
    /// that would are one.
    private struct Change {
        var foldedStart: UInt32
        var foldedEnd: UInt32
        var originalStart: UInt32
        var originalEnd: UInt32
        /// Where this run's entries begin in ``FoldedLine/changedOrigins`` and ``FoldedLine/changedBounds``.
        var originsStart: UInt32
        var boundsStart: UInt32
    }

    /// Set in ``scalars`` for a character of more than one scalar.
    static let cluster: UInt32 = 0x8000_0000

    /// The longest line, in UTF-8 bytes, whose positions fit the line's 32-bit offsets.
    static let maximumLength = Int(UInt32.max)

    /// A checkpoint stands at every 2^4 = 16th original character: at most 15 are walked to find where one begins.
    private static let checkpointShift = 4

    /// Folds `text`, which holds at most ``maximumLength`` bytes of UTF-8 (``SourceText`` checks every line).
    init(number: Int, text: String, folding: inout CharacterFolding) {
        self.number = number
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        reading = text.utf8.withContiguousStorageIfAvailable { Reading($0, of: text, folding: &folding) }
            ?? Array(text.utf8).withUnsafeBufferPointer { Reading($0, of: text, folding: &folding) }
        let length = folding.windowLength
        let isLong = reading.scalars.count > 4 * length
        heldBrackets = isLong ? BracketPairs(reading.scalars) : nil
        heldTabs = isLong ? Self.tabs(in: reading.scalars) : nil
        if isLong { reading.scalars = FoldedScalars(window(of: reading.scalars, length: length)) }
    }

    /// The line's pairs of brackets.
    var brackets: BracketPairs { heldBrackets ?? BracketPairs(scalars) }

    /// Where the line's tabs stand, in order: its cells' ends.
    var tabs: [Int] { heldTabs ?? Self.tabs(in: scalars) }

    private static func tabs(in scalars: FoldedScalars) -> [Int] {
        scalars.withTwoByteValues { values in values.indices.filter { values[$0] == 0x09 } }
    }

    /// How many folded values a window of a long line holds: a line of more than four windows has its values made a
    /// window at a time (``FoldedWindow``), not held. A task-local value, so that tests can have short lines read
    /// through windows too; an import reads it once, where it folds its first line (``CharacterFolding/windowLength``).
    @TaskLocal static var windowLength = 1 << 14

    /// The window that makes `values`, this line's, `length` at a time: the runs that folding changed keep their
    /// values, and each window starts where its first value's character begins (or where the run it falls in does).
    private func window(of values: FoldedScalars, length: Int) -> FoldedWindow {
        let runs = changes.map { change in
            FoldedWindow.Run(foldedStart: change.foldedStart, foldedEnd: change.foldedEnd,
                             byteEnd: changedBounds[Int(change.boundsStart + change.originalEnd - change.originalStart)],
                             valuesStart: change.originsStart)
        }
        var runValues: [UInt32] = []
        runValues.reserveCapacity(changedOrigins.count)
        for change in changes {
            for index in Int(change.foldedStart)..<Int(change.foldedEnd) { runValues.append(values[index]) }
        }
        let starts = stride(from: 0, to: values.count, by: length).map { first in
            let run = lastChangeIndex { Int($0.foldedStart) <= first }
            if let run, first < changes[run].foldedEnd {
                return FoldedWindow.Start(folded: changes[run].foldedStart, byte: changedBounds[Int(changes[run].boundsStart)],
                                          run: UInt32(truncatingIfNeeded: run))
            }
            return FoldedWindow.Start(folded: UInt32(truncatingIfNeeded: first),
                                      byte: UInt32(truncatingIfNeeded: bound(ofOriginal: origin(of: first))),
                                      run: UInt32(truncatingIfNeeded: run.map { $0 + 1 } ?? 0))
        }
        return FoldedWindow(text: text, count: values.count, length: length, runs: runs, runValues: runValues, starts: starts)
    }

    /// A line read character by character and folded.
    private struct Reading {
        var scalars = FoldedScalars()
        var clusters: [Int: Character] = [:]
        var changes: [Change] = []
        var changedOrigins: [UInt32] = []
        var changedBounds: [UInt32] = []
        var checkpoints: [UInt32] = []
        var originalCount: UInt32 = 0

        private init() {}

        /// The longest line, in bytes, whose scalars are not counted before it is read.
        private static let uncountedLength = 1 << 12

        init(_ utf8: UnsafeBufferPointer<UInt8>, of text: String, folding: inout CharacterFolding) {
            // As many folded characters as scalars, but for the few that NFKC expands: room made once. A short line
            // gets room for as many as it has bytes, not counted; a longer one's scalars are counted, so that its
            // room is not three times what Japanese text needs. A line that expands more is read again with twice
            // the room.
            let scalarCount = utf8.count <= Self.uncountedLength ? utf8.count : ByteWord.characterStarts(in: utf8)
            var capacity = scalarCount + scalarCount / 64 + 8
            while true {
                self.init()
                if read(utf8, of: text, capacity: capacity, folding: &folding) { return }
                capacity *= 2
            }
        }

        /// Reads the line into room for `capacity` folded characters; `false` when they do not fit.
        private mutating func read(_ utf8: UnsafeBufferPointer<UInt8>, of text: String, capacity: Int,
                                   folding: inout CharacterFolding) -> Bool {
            var checkpoints: [UInt32] = []
            var count: UInt32 = 0
            let read = FoldedScalars(capacity: capacity) { values, wide in
                var written = 0
                var characters = LineCharacters(text, utf8: utf8)
                while true {
                    // Characters that are their own fold, as most are, go in one loop.
                    characters.readOwnFolds(into: values, written: &written, count: &count, checkpoints: &checkpoints)
                    let start = UInt32(truncatingIfNeeded: characters.offset)
                    guard let (value, end) = characters.next() else { return written }
                    FoldedLine.noteCheckpoint(start, at: count, in: &checkpoints, capacity: values.count)
                    defer { count += 1 }
                    // A character of one scalar that is its own fold is kept as its value.
                    if MatchText.foldsToItself(value) {
                        guard written < values.count else { return nil }
                        FoldedScalars.store(value, at: written, in: values, wide: &wide)
                        written += 1
                        continue
                    }
                    let pieces = folding.fold(value, cluster: characters.cluster)
                    guard written + pieces.count <= values.count else { return nil }
                    let first = UInt32(truncatingIfNeeded: written)
                    for (piece, value) in pieces {
                        if value & FoldedLine.cluster != 0 { clusters[written] = piece }
                        FoldedScalars.store(value, at: written, in: values, wide: &wide)
                        written += 1
                        changedOrigins.append(count)
                    }
                    addChange(folded: first..<UInt32(truncatingIfNeeded: written), original: count, bytes: start..<UInt32(truncatingIfNeeded: end))
                }
            }
            guard let read else { return false }
            scalars = read
            self.checkpoints = checkpoints
            originalCount = count
            return true
        }

        /// Adds the original character `original`, at `bytes` in the UTF-8, folded to the characters `folded`, to the
        /// change it touches or as a change of its own. A character folded to nothing is a change too: an empty run
        /// where it stood.
        private mutating func addChange(folded: Range<UInt32>, original: UInt32, bytes: Range<UInt32>) {
            if let last = changes.last, last.foldedEnd == folded.lowerBound {
                changes[changes.count - 1].foldedEnd = folded.upperBound
                changes[changes.count - 1].originalEnd = original + 1
            } else {
                changes.append(Change(foldedStart: folded.lowerBound, foldedEnd: folded.upperBound, originalStart: original,
                                      originalEnd: original + 1,
                                      originsStart: UInt32(truncatingIfNeeded: changedOrigins.count) - UInt32(folded.count),
                                      boundsStart: UInt32(truncatingIfNeeded: changedBounds.count)))
                changedBounds.append(bytes.lowerBound)
            }
            changedBounds.append(bytes.upperBound)
        }
    }

    /// Masks an original character's index to tell whether a checkpoint stands at it.
    static let checkpointMask: UInt32 = 1 << checkpointShift - 1

    /// Notes that the original character `count` begins at byte `start` of the line, when a checkpoint stands there:
    /// at every 16th but the first, which begins the line, at 0. So a line of fewer than 16 characters, as most are,
    /// keeps none; room for a longer one's is made at its first, from `capacity`, the folded characters it may have.
    @inline(__always)
    static func noteCheckpoint(_ start: UInt32, at count: UInt32, in checkpoints: inout [UInt32], capacity: Int) {
        guard count & checkpointMask == 0, count > 0 else { return }
        if checkpoints.isEmpty { checkpoints.reserveCapacity(capacity >> checkpointShift) }
        checkpoints.append(start)
    }

    /// The index of the original character the folded character at `index` came from.
    func origin(of index: Int) -> Int {
        guard let change = lastChange(where: { Int($0.foldedStart) <= index }) else { return index }
        let offset = index - Int(change.foldedStart)
        if index < change.foldedEnd { return Int(changedOrigins[Int(change.originsStart) + offset]) }
        return Int(change.originalEnd) + index - Int(change.foldedEnd)
    }

    /// Where the original character at `index` begins in the line's UTF-8; `originalCount` gives the end.
    private func bound(ofOriginal index: Int) -> Int {
        let change = lastChange { Int($0.originalStart) <= index }
        if let change, index <= change.originalEnd {
            return Int(changedBounds[Int(change.boundsStart) + index - Int(change.originalStart)])
        }
        // Between the change (or the start) and `index` every character is one scalar: walked from the nearer of
        // the change's end and the checkpoint before `index`.
        var character = index & ~Int(Self.checkpointMask)
        var offset: Int
        if let change, change.originalEnd >= character {
            character = Int(change.originalEnd)
            offset = Int(changedBounds[Int(change.boundsStart) + Int(change.originalEnd - change.originalStart)])
        } else if character < originalCount {
            let checkpoint = index >> Self.checkpointShift
            offset = checkpoint == 0 ? 0 : Int(checkpoints[checkpoint - 1])
        } else {
            return text.utf8.count
        }
        return text.utf8.withContiguousStorageIfAvailable { utf8 in
            while character < index, offset < utf8.count {
                offset += Self.scalarLength(leading: utf8[offset])
                character += 1
            }
            return offset
        } ?? offset
    }

    /// The length in bytes of the UTF-8 scalar whose first byte is `byte`.
    private static func scalarLength(leading byte: UInt8) -> Int {
        switch byte {
        case ..<0x80: 1
        case ..<0xE0: 2
        case ..<0xF0: 3
        default: 4
        }
    }

    /// The last change for which `isBefore` holds, when it holds for a first part of them.
    private func lastChange(where isBefore: (Change) -> Bool) -> Change? {
        lastChangeIndex(where: isBefore).map { changes[$0] }
    }

    /// The index of the last change for which `isBefore` holds, when it holds for a first part of them.
    private func lastChangeIndex(where isBefore: (Change) -> Bool) -> Int? {
        var low = 0
        var high = changes.count
        while low < high {
            let middle = (low + high) / 2
            if isBefore(changes[middle]) { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }

    /// The number of folded characters.
    var count: Int { scalars.count }

    /// The folded characters, made on demand.
    var folded: FoldedCharacters { FoldedCharacters(line: self) }

    /// The folded character at `index`.
    func character(at index: Int) -> Character {
        let value = scalars[index]
        if value & Self.cluster != 0, let character = clusters[index] { return character }
        return Unicode.Scalar(value).map(Character.init) ?? "\u{FFFD}"
    }

    /// A character as a number to compare: see ``scalars``.
    static func value(of character: Character) -> UInt32 {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return cluster }
        return scalars.next() == nil ? first.value : first.value | cluster
    }

    /// The original text behind the folded range, unchanged.
    func originalText(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: bound(ofOriginal: origin(of: range.lowerBound)))
        let end = utf8.index(utf8.startIndex, offsetBy: bound(ofOriginal: origin(of: range.upperBound - 1) + 1))
        return String(Substring(utf8[start..<end]))
    }

    /// The folded text of a range, for matching: the original's bytes where folding changed nothing in it, else the
    /// folded characters' UTF-8, written in one pass.
    func foldedText(_ range: Range<Int>) -> String {
        guard isUnchanged(range) else { return encodedText(range) }
        return originalText(range)
    }

    /// Whether no change of folding lies in `range`: each folded character there is its original one.
    private func isUnchanged(_ range: Range<Int>) -> Bool {
        // The first change that ends after the range begins, if any, must begin at or after its end.
        var low = 0
        var high = changes.count
        while low < high {
            let middle = (low + high) / 2
            if changes[middle].foldedEnd <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low == changes.count || changes[low].foldedStart >= range.upperBound
    }

    private func encodedText(_ range: Range<Int>) -> String {
        var length = 0
        for index in range {
            let value = scalars[index]
            length += value < Self.cluster ? Self.utf8Width(value) : character(at: index).utf8.count
        }
        return String(unsafeUninitializedCapacity: length) { write(range, into: $0) }
    }

    /// Writes the folded characters of `range` as UTF-8 into `buffer`, which has room for them; returns the count.
    private func write(_ range: Range<Int>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var written = 0
        for index in range {
            let value = scalars[index]
            guard value >= Self.cluster else {
                written += Self.writeUTF8(value, into: buffer, at: written)
                continue
            }
            for byte in character(at: index).utf8 {
                buffer[written] = byte
                written += 1
            }
        }
        return written
    }

    /// The length in UTF-8 of the scalar of value `value`.
    @inline(__always)
    static func utf8Width(_ value: UInt32) -> Int {
        switch value {
        case ..<0x80: 1
        case ..<0x800: 2
        case ..<0x10000: 3
        default: 4
        }
    }

    /// Writes the UTF-8 of the scalar of value `value` into `buffer` at `offset`, where there is room for it;
    /// returns its length.
    @inline(__always)
    static func writeUTF8(_ value: UInt32, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        switch value {
        case ..<0x80:
            buffer[offset] = UInt8(truncatingIfNeeded: value)
            return 1
        case ..<0x800:
            buffer[offset] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
            buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return 2
        case ..<0x10000:
            buffer[offset] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
            buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            buffer[offset + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return 3
        default:
            buffer[offset] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
            buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
            buffer[offset + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            buffer[offset + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return 4
        }
    }

    /// `range` without the spaces at its ends — space, tab and the ideographic space, white space by every definition;
    /// `nil` when a character there may be white space that only Foundation tells, or is of several scalars.
    func spaceTrimmed(_ range: Range<Int>) -> Range<Int>? {
        var (start, end) = (range.lowerBound, range.upperBound)
        while start < end {
            guard scalars[start] & Self.cluster == 0, let isSpace = WhiteSpace.isSpace(scalars[start]) else { return nil }
            guard isSpace else { break }
            start += 1
        }
        while end > start {
            guard scalars[end - 1] & Self.cluster == 0, let isSpace = WhiteSpace.isSpace(scalars[end - 1]) else { return nil }
            guard isSpace else { break }
            end -= 1
        }
        return start..<end
    }

    /// Whether the folded line may hold `scalar`, a character of one scalar that is its own fold. Outside the runs
    /// folding changed the folded text is the original's, so the original's UTF-8 is searched, and then the changed
    /// runs' values (a character of several scalars there counts too): neither makes the values of a long line.
    func mayHold(_ scalar: Unicode.Scalar) -> Bool {
        // The scalar's UTF-8 made on the stack, not as a string.
        let inText = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4) { buffer in
            var count = 0
            UTF8.encode(scalar) { byte in
                buffer[count] = byte
                count += 1
            }
            let pattern = UnsafeBufferPointer(rebasing: buffer[..<count])
            return text.withContiguousUTF8 { ByteSearch.firstMatch(of: pattern, in: $0) != nil }
        }
        return inText || scalars.mayHold(scalar.value, inRuns: changes.lazy.map { Int($0.foldedStart)..<Int($0.foldedEnd) })
    }

    /// The values of `text` (see ``scalars``), whose characters are single scalars, as the words and marks looked for
    /// are: to be compared with folded values.
    static func values(of text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value)
    }

    /// Whether the folded character at `index` is white space (`Character.isWhitespace`).
    func isWhitespace(at index: Int) -> Bool {
        Self.isWhitespace(scalars[index])
    }

    /// Whether the folded character of value `value` (see ``scalars``) is white space (`Character.isWhitespace`):
    /// a character is, by its first scalar, which a cluster's value holds.
    static func isWhitespace(_ value: UInt32) -> Bool {
        let first = value & ~cluster
        // Space, tab and the ideographic space are white space by every definition; most others are none.
        if let isSpace = WhiteSpace.isSpace(first) { return isSpace }
        return Unicode.Scalar(first)?.properties.isWhitespace ?? false
    }

    /// Whether the folded character at `index` is an ASCII letter.
    func isASCIILetter(at index: Int) -> Bool {
        switch scalars[index] {
        case 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }

    /// The 1-based column of a folded position, in original characters.
    func column(_ index: Int) -> Int {
        guard !scalars.isEmpty else { return 1 }
        return origin(of: min(index, scalars.count - 1)) + 1
    }
}

/// The folded characters of a line, each made from its value when it is read.
struct FoldedCharacters: RandomAccessCollection {
    let line: FoldedLine

    var startIndex: Int { 0 }
    var endIndex: Int { line.count }

    subscript(position: Int) -> Character { line.character(at: position) }
}
