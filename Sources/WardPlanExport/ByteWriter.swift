import WardPlan

/// A buffered writer of UTF-8 text and bytes into a ``ByteSink``: what exporters that stream write with.
///
/// Call ``flush()`` at the end; the destination helpers (``ExportDestination/writeFile(named:_:)``) do.
public struct ByteWriter {
    /// Where the bytes go.
    public let sink: ByteSink
    private var buffer: [UInt8] = []
    private static let capacity = 1 << 16

    /// A writer into `sink`.
    public init(_ sink: ByteSink) {
        self.sink = sink
        buffer.reserveCapacity(Self.capacity)
    }

    /// Appends the UTF-8 bytes of `text`.
    public mutating func write(_ text: String) throws(WardPlanError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.capacity { try flush() }
    }

    /// Appends raw bytes.
    public mutating func write(bytes: some Sequence<UInt8>) throws(WardPlanError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.capacity { try flush() }
    }

    /// Lets `write` append bytes straight to the buffer: no array of its own to copy from.
    public mutating func append(_ write: (inout [UInt8]) -> Void) throws(WardPlanError) {
        write(&buffer)
        if buffer.count >= Self.capacity { try flush() }
    }

    /// Writes out what is buffered.
    public mutating func flush() throws(WardPlanError) {
        guard !buffer.isEmpty else { return }
        try sink.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
