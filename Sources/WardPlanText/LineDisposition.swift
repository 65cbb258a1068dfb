/// What the importer made of one line of the input — the proof that nothing is dropped without a word.
public enum LineDisposition: Int, Sendable, Hashable, Comparable, CaseIterable {
    /// Nothing read yet (only while importing; a finished import has no such line).
    case unread
    /// Empty or white space only.
    case blank
    /// Page chrome: navigation, dates, page numbers, a progress notice, markup alone, the footer and after.
    case pageChrome
    /// A heading or a title line.
    case heading
    /// Its text went into a field of the plan.
    case field
    /// A diagnostic names it (a note, a warning or an error).
    case diagnosed

    public static func < (lhs: LineDisposition, rhs: LineDisposition) -> Bool { lhs.rawValue < rhs.rawValue }
}
