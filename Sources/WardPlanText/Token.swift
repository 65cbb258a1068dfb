import WardPlan

/// A piece of a line as the importer sees it.
struct Token {
    enum Kind {
        /// A tab: the next table cell begins.
        case cellBreak
        /// A list or paragraph boundary left by markup (`<li>`, `<br>`, `<p>`).
        case paragraphBreak
        /// 【経営課題1】, 【戦略1-1】, 主な戦略1-1, 【具体的取組1-1-2】, 【取組項目1】, 【1-1 title】 — with a title inside
        /// the tag, if any, and the published number of a sub-numbered issue (`1-(2)`).
        case item(ItemTag, inlineTitle: String?, label: String?)
        /// A heading that switches the field text goes to.
        case heading(Heading, topLevel: Bool)
        /// A budget as written, e.g. `《5,237千円》`.
        case budget(String)
        /// A reform-plan pillar as written, e.g. `(改革の柱3-3(4))`.
        case pillar(String)
        /// Text, original and unchanged; `bullet` when it was a list item.
        case text(String, bullet: Bool)
        /// An opening bracket with no closing one on its line.
        case unclosed(Character)
    }

    let kind: Kind
    let column: Int
}

extension Token.Kind {
    /// Whether the token is a heading or a cell break: all a table's column header holds.
    var isHeadingOrCellBreak: Bool {
        switch self {
        case .heading, .cellBreak: true
        default: false
        }
    }
}
