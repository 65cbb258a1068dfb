extension UnsafeBufferPointer<UInt8> {
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
