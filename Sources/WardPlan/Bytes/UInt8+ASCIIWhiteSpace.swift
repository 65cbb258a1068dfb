extension UInt8 {
    /// Whether the byte is ASCII white space: tab, LF, VT, FF, CR or space. In surely composed text
    /// (``Swift/String/isSurelyComposed``) there is no other.
    var isASCIIWhiteSpace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}
