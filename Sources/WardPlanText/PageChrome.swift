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

    private static let skipped = [
        "ページの先頭です", "メニューの終端です", "スマートフォン表示用の情報", "本文ここから", "本文ここまで", "ここから本文です",
        "サブナビゲーションここから", "サブナビゲーションここまで", "印刷用ページを表示する", "ページ番号:",
        "更新日:", "掲載日:", "Adobe Acrobat", "PDF形式のファイルをご覧いただく場合",
    ].map(FoldedLine.values(of:))

    /// The first values of ``skipped``. The few values of a rule are kept in arrays: searching them costs less than
    /// hashing.
    private static let skippedInitials: [UInt32] = Array(Set(skipped.compactMap(\.first)))

    /// The footer's headings; a line is one only when it is the heading alone (a sentence that begins
    /// `よくある質問への回答が…` is text of the plan).
    private static let footers = [
        "このページへの別ルート", "このページの作成者・問合せ先", "このページの作成者", "探している情報が見つからない",
        "よくある質問", "よくあるご質問",
    ].map(FoldedLine.values(of:))

    /// The first characters of the footer headings and links, and of the marks before them.
    private static let initials = FoldedLine.values(of: "こ探よペ先▲↑")

    /// Links repeated through a page (`このページの先頭へ`): skipped wherever they stand.
    private static let links = ["このページの先頭へ", "ページの先頭へ戻る", "先頭へ戻る"].map(FoldedLine.values(of:))

    /// Marks printed before a footer heading or link, and after it.
    private static let leadingMarks = FoldedLine.values(of: "▲↑ ")
    private static let trailingMarks = FoldedLine.values(of: "。:>▲ ")

    /// Whether ``classify(_:_:)`` may find chrome in a line whose folded, trimmed text begins with the character of
    /// value `first` and ends with that of value `last` (see ``FoldedLine/scalars``): every rule needs one of a few
    /// characters at one end, so most lines are passed over on their values, without their text.
    static func mayClassify(first: UInt32, last: UInt32) -> Bool {
        // A character of several scalars begins with the scalar its value holds, but may end with another.
        let lead = first & ~FoldedLine.cluster
        return initials.contains(lead) || skippedInitials.contains(lead) || last & FoldedLine.cluster != 0 || dateEnds.contains(last)
    }

    /// The last characters of a date line.
    private static let dateEnds = FoldedLine.values(of: "日新載開")
    /// What may follow a date line's date, each dropped once, in this order.
    private static let dateSuffixes = ["更新", "掲載", "公開"].map(FoldedLine.values(of:))
    private static let (day, month, year) = (FoldedLine.values(of: "日")[0], FoldedLine.values(of: "月")[0], FoldedLine.values(of: "年")[0])

    /// Classifies the folded characters of `line` at `range`, which has no spaces at its ends (``FoldedLine/spaceTrimmed(_:)``);
    /// `nil` for a line of the plan itself. Read from a copy on the stack, as headings are; a long line in place
    /// (``FoldedScalars/read(_:copied:inPlace:)``).
    static func classify(_ line: FoldedLine, _ range: Range<Int>) -> Kind? {
        line.scalars.read(range, copied: { copy in
            classify(copy[...]) { part in line.foldedText((part.lowerBound + range.lowerBound)..<(part.upperBound + range.lowerBound)) }
        }, inPlace: { classify($0, text: line.foldedText) })
    }

    /// Classifies a folded, trimmed line; `nil` for a line of the plan itself.
    static func classify(_ folded: String) -> Kind? {
        let notation = NotationText(folded: folded, keepingWhiteSpace: true)
        return notation.values.withUnsafeBufferPointer { classify($0[...], text: notation.text) }
    }

    /// Classifies a line, trimmed, by its characters' values (see ``FoldedLine/scalars``); `text` gives the folded
    /// text of a range of their indices.
    private static func classify<Values: RandomAccessCollection<UInt32>>(_ values: Values, text: (Range<Int>) -> String) -> Kind?
    where Values.Index == Int, Values.SubSequence == Values {
        // Footer headings and links are short (60 bytes at most, with their marks) and begin with one of a few characters.
        if values.count <= 60, let first = values.first, initials.contains(first), text(values.startIndex..<values.endIndex).utf8.count <= 60 {
            var bare = values.drop { leadingMarks.contains($0) }
            while let last = bare.last, trailingMarks.contains(last) { bare.removeLast() }
            if footers.contains(where: bare.elementsEqual) { return .footer }
            if links.contains(where: bare.elementsEqual) { return .skip }
        }
        // A prefix begins with its first character: most lines are passed over on that alone.
        if let first = values.first, skippedInitials.contains(first), skipped.contains(where: values.starts(with:)) {
            return .skip
        }
        if isDateLine(values, text: text) { return .skip }
        return nil
    }

    /// A line that is only a date, such as `2020年11月5日` or `令和2年11月5日更新`.
    private static func isDateLine<Values: RandomAccessCollection<UInt32>>(_ values: Values, text: (Range<Int>) -> String) -> Bool
    where Values.Index == Int, Values.SubSequence == Values {
        // A date line ends in 日, 更新, 掲載 or 公開: most lines are passed over on its last character.
        guard let last = values.last, dateEnds.contains(last) else { return false }
        var date = values
        for suffix in dateSuffixes where date.count >= suffix.count && date.suffix(suffix.count).elementsEqual(suffix) {
            date.removeLast(suffix.count)
        }
        guard date.last == day, let yearEnd = date.firstIndex(of: year), let monthEnd = date.firstIndex(of: month), yearEnd < monthEnd
        else { return false }
        let yearRange = date.startIndex..<yearEnd
        let yearIsValid = MatchText.integer(digitValues: date[yearRange]) != nil
            || FiscalYear(label: text(yearRange) + "年", contextEra: nil) != nil
        return yearIsValid && MatchText.integer(digitValues: date[(yearEnd + 1)..<monthEnd]) != nil
            && MatchText.integer(digitValues: date[(monthEnd + 1)..<(date.endIndex - 1)]) != nil
    }
}
