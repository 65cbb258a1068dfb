/// The folded values of a long line, made a window at a time: from the line's UTF-8 where folding changed nothing,
/// and from the values kept for the runs it changed. A line of megabytes is then held once, as its text, and not a
/// second time as its folded values (see ``FoldedLine/windowLength``).
///
/// Reading the values in order, as the tokenizer does, makes each window once. Used by one reader at a time.
final class FoldedWindow {
    /// A run of folded values that folding changed: where it stands, where its original characters end in the
    /// UTF-8, and where its values begin in ``runValues``.
    struct Run {
        let foldedStart: UInt32
        let foldedEnd: UInt32
        let byteEnd: UInt32
        let valuesStart: UInt32
    }

    /// Where a window's values are made from: the window's first index, or the start of the run it falls in; where
    /// the character there begins in the UTF-8; and the first run that does not come before it.
    struct Start {
        let folded: UInt32
        let byte: UInt32
        let run: UInt32
    }

    private let text: String
    private let runs: [Run]
    /// The values of the runs that folding changed, in order.
    let runValues: [UInt32]
    /// One for each window, in order.
    private let starts: [Start]
    private let length: Int
    /// The number of folded values.
    let count: Int

    /// Room for a window's values, allocated once.
    private let values: UnsafeMutableBufferPointer<UInt32>
    /// Where the window held begins, and how many values it holds. Read for every folded value: unchecked for
    /// exclusive access, which holds as the window has one reader at a time and `fill(window:)` is the only writer.
    @exclusivity(unchecked) private var first = 0
    @exclusivity(unchecked) private var filled = 0

    /// The values of the line `text`, `count` of them, in windows of `length`: `runs` are where folding changed it,
    /// with their values in `runValues`; `starts` where each window is made from.
    init(text: String, count: Int, length: Int, runs: [Run], runValues: [UInt32], starts: [Start]) {
        var text = text
        // Already so for a folded line's text: its bytes are read in place.
        text.makeContiguousUTF8()
        self.text = text
        self.count = count
        self.length = length
        self.runs = runs
        self.runValues = runValues
        self.starts = starts
        values = .allocate(capacity: length)
    }

    deinit { values.deallocate() }

    /// The folded value at `index`, below ``count``.
    @inline(__always)
    func value(at index: Int) -> UInt32 {
        let offset = index &- first
        if UInt(bitPattern: offset) < UInt(filled) { return values[offset] }
        precondition(UInt(bitPattern: index) < UInt(count), "folded index \(index) out of 0..<\(count)")
        fill(window: index / length)
        return values[index - first]
    }

    /// Makes the values of window `window`.
    private func fill(window: Int) {
        first = window * length
        let (runs, runValues, values, first) = (self.runs, self.runValues, self.values, self.first)
        let end = min(count, first + length)
        let start = starts[window]
        var (folded, byte, run, made) = (Int(start.folded), Int(start.byte), Int(start.run), 0)
        let read: Void? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            while folded < end {
                if run < runs.count, folded == Int(runs[run].foldedStart) {
                    let changed = runs[run]
                    var index = max(folded, first)
                    while index < min(Int(changed.foldedEnd), end) {
                        values[made] = runValues[Int(changed.valuesStart) + index - folded]
                        made += 1
                        index += 1
                    }
                    (folded, byte, run) = (Int(changed.foldedEnd), Int(changed.byteEnd), run + 1)
                    continue
                }
                let (value, next) = utf8.scalar(at: byte)
                if folded >= first {
                    values[made] = value
                    made += 1
                }
                (folded, byte) = (folded + 1, next)
            }
        }
        precondition(read != nil, "a folded line's text is contiguous")
        filled = made
    }
}
