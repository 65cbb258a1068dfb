extension String {
    /// The extension of the file or folder this path names, in lower case and without its dot: what follows the
    /// last `.` of its last component (`txt` for `plans/2020.TXT` and for `plans.txt/`); empty for `.hidden`,
    /// `name.` and `name`. Read from the bytes: asking Foundation's `URL` costs more than listing a folder's entry.
    package var lowercasedFileExtension: String {
        var name = self[...]
        while name.utf8.last == UInt8(ascii: "/") { name = name.dropLast() }
        if let slash = name.utf8.lastIndex(of: UInt8(ascii: "/")) { name = name[name.utf8.index(after: slash)...] }
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return name[name.utf8.index(after: dot)...].lowercased()
    }
}
