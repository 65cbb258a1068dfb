/// The folded characters of a line as numbers (see ``FoldedLine/scalars``), two bytes each: a value of the Basic
/// Multilingual Plane, as nearly every character of a plan is, is held as itself; any other — a scalar beyond it,
/// or a character of several scalars — as ``wideMark``, with its value in a table beside, as they are few.
/// Surrogate code points are never scalars, so the mark is no character's own value.
///
/// A long line's values are not held but made a window at a time (``FoldedWindow``).
struct FoldedScalars: RandomAccessCollection {
    /// Positions are counted: a range of them holds no copy of the values, as the default indices would.
    typealias Indices = Range<Int>

    /// Each value, or ``wideMark``; `nil` for ``init()`` and for a line read through ``window``.
    private let values: TwoByteValues?
    /// The values held as ``wideMark``, by index.
    private let wide: [Int: UInt32]
    /// Where a long line's values are read from.
    private let window: FoldedWindow?
    let endIndex: Int

    /// Stands for a value that is not held in two bytes.
    static let wideMark: UInt16 = 0xD800

    /// No values.
    init() {
        values = nil
        wide = [:]
        window = nil
        endIndex = 0
    }

    /// The values `window` makes.
    init(_ window: FoldedWindow) {
        values = nil
        wide = [:]
        self.window = window
        endIndex = window.count
    }

    /// The values `write` stores in room for `capacity` of them, each with ``store(_:at:in:wide:)``; it returns how
    /// many it stored, or `nil` when they did not fit (and no values are made).
    init?(capacity: Int, _ write: (UnsafeMutableBufferPointer<UInt16>, inout [Int: UInt32]) -> Int?) {
        var wide: [Int: UInt32] = [:]
        let values = unsafeDowncast(TwoByteValues.create(minimumCapacity: capacity) { _ in }, to: TwoByteValues.self)
        let written = values.withUnsafeMutablePointerToElements { write(UnsafeMutableBufferPointer(start: $0, count: capacity), &wide) }
        guard let written else { return nil }
        self.values = values
        self.wide = wide
        window = nil
        endIndex = written
    }

    /// Stores `value` at `index` of `buffer`, as itself when it fits in two bytes, else as ``wideMark`` with the
    /// value in `wide`.
    @inline(__always)
    static func store(_ value: UInt32, at index: Int, in buffer: UnsafeMutableBufferPointer<UInt16>, wide: inout [Int: UInt32]) {
        if value < 0x1_0000, value & 0xF800 != 0xD800 {
            buffer[index] = UInt16(truncatingIfNeeded: value)
        } else {
            buffer[index] = wideMark
            wide[index] = value
        }
    }

    var startIndex: Int { 0 }

    @inline(__always)
    subscript(index: Int) -> UInt32 {
        if let window { return window.value(at: index) }
        precondition(index >= 0 && index < endIndex, "index out of range")
        let value = values.unsafelyUnwrapped.withUnsafeMutablePointerToElements { $0[index] }
        return value != Self.wideMark ? UInt32(value) : wide[index, default: UInt32(value)]
    }

    /// Whether the values of `runs` hold `value`, or a character of several scalars: read from a long line's kept
    /// values of its changed runs, not through its windows.
    func mayHold(_ value: UInt32, inRuns runs: some Sequence<Range<Int>>) -> Bool {
        let matches = { (held: UInt32) in held == value || held & FoldedLine.cluster != 0 }
        if let window { return window.runValues.contains(where: matches) }
        return runs.contains { $0.contains { matches(self[$0]) } }
    }

    /// Copies the values at `range` to `buffer`, which has room for them: read from the two-byte values in one loop
    /// where they are held, through the window where not.
    func copy(_ range: Range<Int>, into buffer: UnsafeMutableBufferPointer<UInt32>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= endIndex && range.count <= buffer.count, "range out of bounds")
        guard window == nil, let values else {
            for index in range { buffer[index - range.lowerBound] = self[index] }
            return
        }
        values.withUnsafeMutablePointerToElements { held in
            for index in range {
                let value = held[index]
                buffer[index - range.lowerBound] = value != Self.wideMark ? UInt32(value) : wide[index, default: UInt32(value)]
            }
        }
    }

    /// The most values ``read(_:copied:inPlace:)`` copies to the stack: nearly every cell and line.
    static let stackCopyLimit = 1024

    /// Reads the values at `range` through `copied`, given a copy of them on the stack (indexed from 0), free of the
    /// line's bookkeeping; more than ``stackCopyLimit`` of them through `inPlace`, where they are held (indexed as in
    /// the line), so that a long line is never copied whole.
    func read<Result>(_ range: Range<Int>, copied: (UnsafeBufferPointer<UInt32>) -> Result,
                      inPlace: (Slice<FoldedScalars>) -> Result) -> Result {
        guard range.count <= Self.stackCopyLimit else { return inPlace(self[range]) }
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: range.count) { copy in
            self.copy(range, into: copy)
            return copied(UnsafeBufferPointer(copy))
        }
    }

    /// Calls `body` with the values in two bytes each, those beyond as ``wideMark``: enough for a search for
    /// characters of the Basic Multilingual Plane other than surrogates, as brackets are. The values must be held
    /// (made without a window).
    func withTwoByteValues<Result>(_ body: (UnsafeBufferPointer<UInt16>) -> Result) -> Result {
        precondition(window == nil, "the values of a line read through a window are not held")
        guard let values else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return values.withUnsafeMutablePointerToElements { body(UnsafeBufferPointer(start: $0, count: endIndex)) }
    }
}

/// Values of two bytes in one allocation, without the generic look-ups an array's storage takes: a line makes one.
private final class TwoByteValues: ManagedBuffer<Void, UInt16> {}

extension RandomAccessCollection where Element == UInt32, Index == Int {
    /// Whether `word`, as values (``FoldedLine/values(of:)``), stands at `index`, value for value.
    func holds(_ word: [UInt32], at index: Int) -> Bool {
        index >= startIndex && endIndex - index >= word.count && word.indices.allSatisfy { self[index + $0] == word[$0] }
    }

    /// Where `word`'s values first stand, as `range(of:)` finds a word in folded text; `nil` for an empty word.
    func firstRange(ofWords word: [UInt32]) -> Range<Int>? {
        guard let lead = word.first else { return nil }
        var index = startIndex
        while index < endIndex {
            if self[index] == lead, holds(word, at: index) { return index..<(index + word.count) }
            index += 1
        }
        return nil
    }
}
