import WardPlan

/// Lines that the city's web pages print around a plan: navigation, page numbers, dates, footers.
enum PageChrome {
    /// What a chrome line means for the import.
    enum Kind: Equatable {
        /// Skip the line.
        case skip
        /// The page's footer begins: the plan has ended.
        case footer
    }

    private static let skipped: [String] = [
        "ページの先頭です", "メニューの終端です", "スマートフォン表示用の情報", "本文ここから", "本文ここまで", "ここから本文です",
        "サブナビゲーションここから", "サブナビゲーションここまで", "印刷用ページを表示する", "ページ番号:",
        "更新日:", "掲載日:", "Adobe Acrobat", "PDF形式のファイルをご覧いただく場合",
    ]

    /// The first scalars' values of ``skipped``: folded text is composed, so a line that begins with one of them begins
    /// with its first scalar. The few values of a rule are kept in arrays: searching them costs less than hashing.
    private static let skippedInitials: [UInt32] = Array(Set(skipped.compactMap(\.unicodeScalars.first?.value)))

    /// The footer's headings; a line is one only when it is the heading alone (a sentence that begins
    /// `よくある質問への回答が…` is text of the plan).
    private static let footers: Set<String> = [
        "このページへの別ルート", "このページの作成者・問合せ先", "このページの作成者", "探している情報が見つからない",
        "よくある質問", "よくあるご質問",
    ]

    /// The first characters of the footer headings and links, and of the marks before them.
    private static let initials = FoldedLine.values(of: "こ探よペ先▲↑")

    /// Links repeated through a page (`このページの先頭へ`): skipped wherever they stand.
    private static let links: Set<String> = ["このページの先頭へ", "ページの先頭へ戻る", "先頭へ戻る"]

    /// Whether ``classify(_:)`` may find chrome in a line whose folded, trimmed text begins with the character of
    /// value `first` and ends with that of value `last` (see ``FoldedLine/scalars``): every rule needs one of a few
    /// characters at one end, so most lines are passed over on their values, without their text.
    static func mayClassify(first: UInt32, last: UInt32) -> Bool {
        // A character of several scalars begins with the scalar its value holds, but may end with another.
        let lead = first & ~FoldedLine.cluster
        return initials.contains(lead) || skippedInitials.contains(lead) || last & FoldedLine.cluster != 0 || dateEnds.contains(last)
    }

    /// The last characters of a date line.
    private static let dateEnds = FoldedLine.values(of: "日新載開")

    /// Classifies a folded, trimmed line; `nil` for a line of the plan itself.
    static func classify(_ folded: String) -> Kind? {
        // Footer headings and links are short and begin with one of a few characters.
        if folded.utf8.count <= 60, let first = folded.unicodeScalars.first(where: { $0 != " " }), Self.initials.contains(first.value) {
            var bare = Substring(folded).drop { $0 == "▲" || $0 == "↑" || $0 == " " }
            while let last = bare.last, "。:>▲ ".contains(last) { bare.removeLast() }
            let line = String(bare)
            if footers.contains(line) { return .footer }
            if links.contains(line) { return .skip }
        }
        // A prefix begins with its first character: most lines are passed over on that alone.
        if let first = folded.unicodeScalars.first, skippedInitials.contains(first.value), skipped.contains(where: folded.hasPrefix(words:)) {
            return .skip
        }
        if isDateLine(folded) { return .skip }
        return nil
    }

    /// A line that is only a date, such as `2020年11月5日` or `令和2年11月5日更新`.
    private static func isDateLine(_ folded: String) -> Bool {
        // A date line ends in 日, 更新, 掲載 or 公開: most lines are passed over on their last scalar.
        guard let last = folded.unicodeScalars.last, dateEnds.contains(last.value) else { return false }
        var text = Substring(folded)
        for suffix in ["更新", "掲載", "公開"] where text.hasSuffix(suffix) { text = text.dropLast(suffix.count) }
        guard text.hasSuffix("日"), let yearEnd = text.firstIndex(of: "年"), let monthEnd = text.firstIndex(of: "月"),
            yearEnd < monthEnd
        else { return false }
        let year = text[..<yearEnd]
        let month = text[text.index(after: yearEnd)..<monthEnd]
        let day = text[text.index(after: monthEnd)..<text.index(before: text.endIndex)]
        let yearIsValid = MatchText.integer(year) != nil || FiscalYear(label: String(year) + "年", contextEra: nil) != nil
        return yearIsValid && MatchText.integer(month) != nil && MatchText.integer(day) != nil
    }
}
