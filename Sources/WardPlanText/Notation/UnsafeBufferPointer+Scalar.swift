/// What becomes of a scalar when text is rewritten scalar by scalar (``Swift/UnsafeBufferPointer/rewritingScalars(_:)``).
enum ScalarRewrite {
    /// The scalar stays as it is.
    case keep
    /// The scalar is left out.
    case drop
    /// The scalar becomes this ASCII byte.
    case ascii(UInt8)
}

extension UnsafeBufferPointer<UInt8> {
    /// The text these bytes (valid UTF-8) become when each scalar is kept, left out or made one ASCII byte as
    /// `rewrite` says of its value; `nil` as soon as `rewrite` has no answer for one.
    func rewritingScalars(_ rewrite: (UInt32) -> ScalarRewrite?) -> String? {
        var rewritten: [UInt8] = []
        rewritten.reserveCapacity(count)
        var offset = 0
        while offset < count {
            let (value, end) = scalar(at: offset)
            switch rewrite(value) {
            case .keep: rewritten.append(contentsOf: self[offset..<end])
            case .drop: break
            case .ascii(let byte): rewritten.append(byte)
            case nil: return nil
            }
            offset = end
        }
        return String(decoding: rewritten, as: UTF8.self)
    }

    /// The scalar value whose UTF-8 begins at `offset` of these bytes, which are valid UTF-8, and where it ends.
    @inline(__always)
    func scalar(at offset: Int) -> (value: UInt32, end: Int) {
        let lead = UInt32(self[offset])
        func continuation(_ index: Int) -> UInt32 { UInt32(self[offset + index] & 0x3F) }
        switch lead {
        case ..<0x80: return (lead, offset + 1)
        case ..<0xE0: return ((lead & 0x1F) << 6 | continuation(1), offset + 2)
        case ..<0xF0: return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), offset + 3)
        default: return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), offset + 4)
        }
    }
}
