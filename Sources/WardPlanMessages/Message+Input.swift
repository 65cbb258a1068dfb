// The catalogue, part 2: what reading inputs says — published text, JSON and the files themselves.

import WardPlan

extension Message {
    // MARK: Files

    package static func cannotRead(_ reason: String) -> Message {
        Message(english: "cannot read: \(reason)", japanese: "読めません: \(reason)")
    }

    package static let noSuchFile = Message(english: "no such file", japanese: "そのファイルはありません")

    package static func folderHoldsNoPlanFile(extensions: String) -> Message {
        Message(english: "the folder holds no plan file (\(extensions)) at any depth",
                japanese: "フォルダーにも、その中のフォルダーにも計画のファイル (\(extensions)) がありません")
    }

    package static func notAPlanFile(extensions: String) -> Message {
        Message(english: "not read: a folder's files are read only when they end in \(extensions)",
                japanese: "読んでいません: フォルダーのファイルは \(extensions) で終わるものだけを読みます")
    }

    package static let linkToFolderNotFollowed = Message(english: "not read: a link to a folder is not followed; name the folder itself",
                                                         japanese: "読んでいません: フォルダーへのリンクはたどりません。フォルダーそのものを指定してください")

    package static let cannotOpenInput = Message(english: "the file cannot be opened for reading", japanese: "ファイルを読むために開けません")
    package static let inputHoldsNoPlan = Message(english: "the input holds no plan", japanese: "入力に計画がありません")
    package static let inputsHoldNoPlan = Message(english: "the inputs hold no plan", japanese: "入力に計画が一つもありません")
    package static let emptyFile = Message(english: "the file is empty", japanese: "ファイルが空です")

    package static func utf16(_ order: String) -> Message {
        Message(english: "the file is UTF-16 (\(order)), not UTF-8; save it as UTF-8",
                japanese: "ファイルが UTF-8 ではなく UTF-16 (\(order)) です。UTF-8 で保存してください")
    }

    package static let binaryData = Message(english: "the file holds binary data (a NUL byte), not published text",
                                            japanese: "ファイルにバイナリデータ (NUL バイト) があり、公表された文章ではありません")
    package static let emptyHTMLPage = Message(english: "the HTML page holds no text outside its head, scripts and navigation",
                                               japanese: "HTML ページには head、スクリプト、ナビゲーション以外の文章がありません")

    package static func lineTooLong(maximum: Int) -> Message {
        Message(english: "the line is longer than \(maximum) bytes, more than published text can hold",
                japanese: "行が \(maximum) バイトを超えていて、公表された文章としては長すぎます")
    }

    package static func notUTF8(atByte offset: Int) -> Message {
        Message(english: "the file is not valid UTF-8 (bad byte sequence at byte \(offset)); save it as UTF-8",
                japanese: "ファイルが正しい UTF-8 ではありません (\(offset) バイト目に不正なバイト列)。UTF-8 で保存してください")
    }

    // MARK: Published text

    package static let noTitleLine = Message(english: "no title line naming the ward was found (such as 令和2年度 東住吉区運営方針(案))",
                                             japanese: "区の名前を挙げた題名の行 (令和2年度 東住吉区運営方針(案) など) が見つかりません")
    package static let titleWithoutYear = Message(english: "the title names no fiscal year (such as 令和2年度)",
                                                  japanese: "題名に年度 (令和2年度 など) がありません")

    package static func textProblems(_ count: Int, first: Message) -> Message {
        Message(english: "the text has \(count) problem(s); the first: \(first.english)",
                japanese: "文章に問題が\(count)件あります。最初の問題: \(first.japanese)")
    }

    package static let lineNotRead = Message(english: "this line was not read into the plan", japanese: "この行は計画に読み込まれていません")

    package static func budgetOutsideInitiative(_ written: String) -> Message {
        Message(english: "the budget \(written) is outside any 具体的取組 and is ignored",
                japanese: "予算額\(written)はどの具体的取組にも属さないので無視します")
    }

    package static func secondBudget(_ written: String, initiative: String, counted: String) -> Message {
        Message(english: "a second budget \(written) for 具体的取組 \(initiative); only \(counted) is counted",
                japanese: "具体的取組\(initiative)に二つ目の予算額\(written)があります。\(counted)だけを数えます")
    }

    package static func budgetLeftOut(_ reason: Message) -> Message {
        Message(english: "\(reason.english); the budget is left out", japanese: "\(reason.japanese)。この予算額は数えません")
    }

    package static func secondBudgetLine(issue: String, line: String, text: String, counted: String) -> Message {
        Message(english: "経営課題 \(issue) states a second \(line) (\(text)); only \(counted) is counted",
                japanese: "経営課題\(issue)に二つ目の\(line)があります (\(text))。\(counted)だけを数えます")
    }

    package static func budgetLineLeftOut(_ reason: Message, issue: String, line: String) -> Message {
        Message(english: "\(reason.english) in 経営課題 \(issue)'s \(line); the line is left out",
                japanese: "経営課題\(issue)の\(line): \(reason.japanese)。この行は数えません")
    }

    package static func budgetLineOutsideIssue(_ text: String) -> Message {
        Message(english: "the budget line \"\(text)\" is outside any 経営課題 and is not counted",
                japanese: "予算額の行「\(text)」はどの経営課題にも属さないので数えません")
    }

    package static func budgetHeadingOutsideIssue(_ text: String) -> Message {
        Message(english: "the budget heading \"\(text)\" is outside any 経営課題; its amount is not counted",
                japanese: "予算額の見出し「\(text)」はどの経営課題にも属さないので、その金額は数えません")
    }

    package static func budgetHeadingWithoutAmount(_ text: String) -> Message {
        Message(english: "the budget heading \"\(text)\" is followed by no amount; nothing is counted for it",
                japanese: "予算額の見出し「\(text)」の後に金額がありません。何も数えません")
    }

    package static func amountMentioned(_ amount: String) -> Message {
        Message(english: "the text mentions \(amount), which is not counted as a budget (a budget stands in brackets or at the end "
                    + "of an item's title)",
                japanese: "文中の\(amount)は予算額として数えません (予算額は括弧の中か項目の題名の末尾に書かれます)")
    }

    package static func sdgLineSkipped(_ text: String) -> Message {
        Message(english: "an SDGs line that names no goal number or stands outside any 経営課題 is skipped: \"\(text)\"",
                japanese: "目標の番号がないか、どの経営課題にも属さない SDGs の行を読み飛ばします: 「\(text)」")
    }

    package static func resultWithoutIndicator(_ text: String) -> Message {
        Message(english: "a result with no indicator left to take it is skipped: \"\(text)\"",
                japanese: "受け取る指標が残っていない結果を読み飛ばします: 「\(text)」")
    }

    package static let lineAfterFooter = Message(
        english: "after the page's footer, this line looks like part of the plan (an item or a budget) and is not read",
        japanese: "ページのフッターの後にあるこの行は計画の一部 (項目または予算額) に見えますが、読み込みません")

    package static func bracketNotClosed(_ bracket: String) -> Message {
        Message(english: "「\(bracket)」 is not closed on this line: the text may be cut short",
                japanese: "「\(bracket)」がこの行で閉じていません。文章が途中で切れているかもしれません")
    }

    package static func unnumberedOutsideIssue(_ name: String) -> Message {
        Message(english: "a \(name) without a number outside any 経営課題 cannot be placed; its text is skipped",
                japanese: "どの経営課題にも属さない番号のない\(name)は置き場所がないので、その文章を読み飛ばします")
    }

    package static let unnumberedInitiativeBeforeStrategy = Message(
        english: "a 具体的取組 without a number before any 戦略 cannot be placed; its text is skipped",
        japanese: "戦略より前にある番号のない具体的取組は置き場所がないので、その文章を読み飛ばします")

    package static func numberedByPosition(_ name: String, id: String) -> Message {
        Message(english: "the \(name) here has no number; it is numbered \(id) by its position",
                japanese: "ここの\(name)には番号がないので、位置から\(id)と番号を付けます")
    }

    package static func itemBeforeIssue(_ id: String, issue: Int) -> Message {
        Message(english: "\(id) appears before 経営課題 \(issue); that issue has no title here",
                japanese: "\(id)が経営課題\(issue)より前にあります。その経営課題にはここで題名がありません")
    }

    package static func initiativeBeforeStrategy(_ id: String, strategy: String) -> Message {
        Message(english: "具体的取組 \(id) appears before any 戦略 \(strategy); that strategy has no title here",
                japanese: "具体的取組\(id)が戦略\(strategy)より前にあります。その戦略にはここで題名がありません")
    }

    package static func twoTitles(_ item: String, _ first: String, _ second: String) -> Message {
        Message(english: "\(item) appears twice with different titles (\"\(first)\" and \"\(second)\"): two items with one number "
                    + "are merged under the first title; number them apart",
                japanese: "\(item)が異なる題名で二度あります (「\(first)」と「\(second)」)。同じ番号の二つの項目は最初の題名で"
                    + "一つにまとめます。別の番号を付けてください")
    }

    package static func pillarNotPlaced(_ written: String) -> Message {
        Message(english: "cannot place the reform-plan pillar \"\(written)\"", japanese: "市政改革計画の柱「\(written)」の置き場所がありません")
    }

    package static func textOutsideFields(_ text: String) -> Message {
        Message(english: "text that belongs to no field of the plan is skipped: \"\(text)\"",
                japanese: "計画のどの項目にも属さない文章を読み飛ばします: 「\(text)」")
    }

    package static func textBeforeFirstHeading(_ text: String) -> Message {
        Message(english: "text before the plan's first heading is not part of the plan: \"\(text)\"",
                japanese: "計画の最初の見出しより前の文章は計画の一部ではありません: 「\(text)」")
    }

    // MARK: JSON

    package static func unknownKey(_ key: String, suggestion: String?) -> Message {
        Message(english: "the key \"\(key)\" is not part of a plan's JSON\(suggestion.map { " (did you mean \"\($0)\"?)" } ?? ""); "
                    + "its value is not read",
                japanese: "キー「\(key)」は計画の JSON にありません\(suggestion.map { " (「\($0)」のことですか?)" } ?? "")。その値は読みません")
    }

    package static let notAPlan = Message(english: "not a plan", japanese: "計画ではありません")
    package static let notValidJSON = Message(english: "not valid JSON", japanese: "正しい JSON ではありません")

    package static func notAPlan(_ reason: String) -> Message {
        Message(english: "not a plan: \(reason)", japanese: "計画ではありません: \(reason)")
    }

    package static func missingField(_ key: String) -> Message {
        Message(english: "the plan lacks the required field \"\(key)\"", japanese: "計画に必須の項目「\(key)」がありません")
    }

    /// What a JSON value of a kind is called.
    package enum JSONKind: Sendable {
        case text, wholeNumber, boolean, list, object, other(String)

        var english: String {
            switch self {
            case .text: "text"
            case .wholeNumber: "a whole number"
            case .boolean: "true or false"
            case .list: "a list"
            case .object: "an object"
            case .other(let name): "a \(name)"
            }
        }

        var japanese: String {
            switch self {
            case .text: "文字列"
            case .wholeNumber: "整数"
            case .boolean: "true か false"
            case .list: "配列"
            case .object: "オブジェクト"
            case .other(let name): name
            }
        }
    }

    package static func wrongKind(field: String?, _ kind: JSONKind, null: Bool) -> Message {
        let english = field.map { "the field \"\($0)\"" } ?? "the plan"
        let japanese = field.map { "項目「\($0)」" } ?? "計画"
        return null
            ? Message(english: "\(english) is null but should be \(kind.english)", japanese: "\(japanese)が null です。\(kind.japanese)で書きます")
            : Message(english: "\(english) should be \(kind.english)", japanese: "\(japanese)は\(kind.japanese)で書きます")
    }

    package static let arrayNotClosed = Message(english: "the JSON array is not closed with ]", japanese: "JSON の配列が ] で閉じていません")
    package static let textAfterArray = Message(english: "unexpected text after the closing ]", japanese: "閉じる ] の後に余計な文字があります")
    package static let textAfterRecord = Message(english: "unexpected text after the end of the record",
                                                 japanese: "レコードの終わりの後に余計な文字があります")

    package static func unbalanced(_ bracket: String) -> Message {
        Message(english: "unbalanced \(bracket)", japanese: "対応のない \(bracket) があります")
    }

    /// Why a record of JSON Lines is cut short.
    package enum CutShort: Sendable {
        case textNotClosedOnLine, newRecordOnLine(Int), fileEnds
    }

    package static func recordCutShort(_ why: CutShort) -> Message {
        let (english, japanese) = switch why {
        case .textNotClosedOnLine: ("a text value is not closed on its line", "文字列の値がその行で閉じていません")
        case .newRecordOnLine(let line): ("a new record begins on line \(line) before it is closed", "閉じる前に\(line)行目で新しいレコードが始まります")
        case .fileEnds: ("the file ends inside it", "その途中でファイルが終わります")
        }
        return Message(english: "the record starting on this line is cut short: \(english)",
                       japanese: "この行で始まるレコードが途中で切れています: \(japanese)")
    }

    package static let valueMissing = Message(english: "the record is cut short: a value is missing", japanese: "レコードが途中で切れています: 値がありません")

    package static func cannotStartValue(_ shown: String) -> Message {
        Message(english: "\(shown) cannot start a JSON value", japanese: "\(shown) で JSON の値は始まりません")
    }

    package static func trailingComma(before closing: String) -> Message {
        Message(english: "a comma before \(closing) (trailing commas are not JSON)",
                japanese: "\(closing) の前にカンマがあります (末尾のカンマは JSON では使えません)")
    }

    package static func keyExpected(_ shown: String) -> Message {
        Message(english: "\(shown) where a key in double quotes should be", japanese: "二重引用符で囲んだキーがあるべき所に \(shown) があります")
    }

    package static func keyTwice(_ key: String, firstLine: Int) -> Message {
        Message(english: "the key \"\(key)\" appears twice in one object (first at line \(firstLine)); remove one",
                japanese: "キー「\(key)」が一つのオブジェクトに二度あります (最初は\(firstLine)行目)。一つを取り除いてください")
    }

    package static func colonExpected(_ shown: String, key: String) -> Message {
        Message(english: "\(shown) where a colon after the key \"\(key)\" should be",
                japanese: "キー「\(key)」の後のコロンがあるべき所に \(shown) があります")
    }

    package static func commaExpected(_ shown: String, closing: String) -> Message {
        Message(english: "\(shown) where a comma or \(closing) should be", japanese: "カンマか \(closing) があるべき所に \(shown) があります")
    }

    package static func nestedTooDeep(_ depth: Int) -> Message {
        Message(english: "values nested more than \(depth) deep; a plan is never this deep",
                japanese: "値の入れ子が\(depth)段より深くなっています。計画がこれほど深くなることはありません")
    }

    package static let jsonNotUTF8 = Message(english: "the text is not valid UTF-8; save the file as UTF-8",
                                             japanese: "文字列が正しい UTF-8 ではありません。ファイルを UTF-8 で保存してください")

    package static func controlInText(_ shown: String) -> Message {
        Message(english: "the control character \(shown) inside text; JSON writes it as an escape such as \\n",
                japanese: "文字列の中に制御文字 \(shown) があります。JSON では \\n などのエスケープで書きます")
    }

    package static func notAnEscape(_ shown: String) -> Message {
        Message(english: "\\\(shown) is not a JSON escape", japanese: "\\\(shown) は JSON のエスケープではありません")
    }

    package static let badUnicodeEscape = Message(english: "\\u must be followed by four hexadecimal digits",
                                                  japanese: "\\u の後には16進数の数字が4つ必要です")

    package static func loneSurrogate(_ code: String) -> Message {
        Message(english: "\\u\(code) is half of a surrogate pair with no other half: the text is not valid Unicode",
                japanese: "\\u\(code) は相方のないサロゲートペアの片方です。文字列が正しい Unicode ではありません")
    }

    package static let minusWithoutDigits = Message(english: "a minus sign without digits", japanese: "数字のないマイナス記号です")
    package static let leadingZero = Message(english: "a number with a leading zero is not JSON", japanese: "先頭に 0 が付いた数は JSON では使えません")
    package static let noFractionDigits = Message(english: "digits must follow the decimal point", japanese: "小数点の後に数字が必要です")
    package static let noExponentDigits = Message(english: "digits must follow the exponent", japanese: "指数の後に数字が必要です")

    package static func notWhole(_ written: String) -> Message {
        Message(english: "\(written) is not a whole number; a plan's numbers (budgets in 千円, years, item numbers) are whole numbers",
                japanese: "\(written)は整数ではありません。計画の数 (千円単位の予算額、年度、項目の番号) は整数です")
    }

    package static func numberTooLarge(digits: Int, largest: String) -> Message {
        Message(english: "the \(digits)-digit number is larger than any amount WardPlan can hold (\(largest) 千円)",
                japanese: "\(digits)桁の数は WardPlan が保持できるどの金額 (\(largest)千円) よりも大きいです")
    }

    /// What was opened and is not closed in a cut-short JSON record.
    package enum Opened: Sendable {
        case object, list, text
    }

    package static func notClosed(_ opened: Opened) -> Message {
        let (english, japanese) = switch opened {
        case .object: ("the object opened", "ここで開いたオブジェクト")
        case .list: ("the list opened", "ここで開いた配列")
        case .text: ("the text opened", "ここで開いた文字列")
        }
        return Message(english: "the record is cut short: \(english) here is not closed",
                       japanese: "レコードが途中で切れています: \(japanese)が閉じていません")
    }
}
