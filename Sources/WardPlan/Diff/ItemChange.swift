/// How an item of a plan (経営課題, 戦略, 具体的取組, 取組項目) changed between two versions.
public struct ItemChange: Sendable, Equatable, Encodable {
    /// Which kind of item.
    public enum Level: String, Sendable, Equatable, Encodable {
        case issue, strategy, initiative, reformItem

        /// The item's name in the city's forms.
        public var japaneseTerm: String {
            switch self {
            case .issue: "経営課題"
            case .strategy: "戦略"
            case .initiative: "具体的取組"
            case .reformItem: "取組項目"
            }
        }
    }

    /// What happened to the item.
    public enum Kind: String, Sendable, Equatable, Encodable {
        /// Only in the new version.
        case added
        /// Only in the old version.
        case removed
        /// In both under one number, with its own fields or amount changed.
        case changed
        /// In both under different numbers (matched by title); its fields may have changed too.
        case renumbered
        /// In both and the same itself; listed because something under it changed.
        case unchanged
    }

    /// How an old and a new item were found to be the same item.
    public enum Match: Sendable, Equatable, Encodable {
        /// The same number or id.
        case id
        /// Numbers differ; the titles are this alike, in thousandths (at least 600: see ``TextDiff/similarityPerMille``).
        case title(similarityPerMille: Int)
    }

    /// Which kind of item.
    public let level: Level
    /// What happened to it.
    public let kind: Kind
    /// Its number or id in the old version (`1`, `1-2`, `1-2-3`), `nil` when added.
    public let oldID: String?
    /// Its number or id in the new version, `nil` when removed.
    public let newID: String?
    /// Its title: the new one, or the old one when removed.
    public let title: String
    /// How old and new were matched, `nil` when added or removed.
    public let match: Match?
    /// Its text fields that changed (for an added or removed item: every field it has).
    public let fields: [FieldChange]
    /// Its budget (具体的取組) or total (経営課題) before and after, when it changed.
    public let amount: AmountChange?
    /// The changes of the items under it, in the new version's order, removed items where they stood.
    public let children: [ItemChange]
}
