// The catalogue, part 3: what writing outputs says — files and folders, formats and their options.

import WardPlan

extension Message {
    // MARK: Files and folders

    package static func folderMissing(_ folder: String) -> Message {
        Message(english: "the folder \(folder) does not exist", japanese: "フォルダー \(folder) がありません")
    }

    package static func cannotWriteInFolder(_ folder: String, reason: String) -> Message {
        Message(english: "cannot write in the folder \(folder): \(reason)", japanese: "フォルダー \(folder) に書き込めません: \(reason)")
    }

    package static func noTemporaryFile(in folder: String) -> Message {
        Message(english: "cannot make a temporary file in \(folder)", japanese: "\(folder) に一時ファイルを作れません")
    }

    package static func cannotKeepPermissions(_ reason: String) -> Message {
        Message(english: "cannot keep the file's permissions: \(reason)", japanese: "ファイルの権限を保てません: \(reason)")
    }

    package static func cannotMoveIntoPlace(_ reason: String) -> Message {
        Message(english: "cannot move the finished output into place: \(reason)", japanese: "書き終えた出力を所定の場所に移せません: \(reason)")
    }

    package static func cannotReadBack(_ reason: String) -> Message {
        Message(english: "cannot read back: \(reason)", japanese: "読み戻せません: \(reason)")
    }

    package static func cannotListFolder(_ reason: String) -> Message {
        Message(english: "cannot list the folder: \(reason)", japanese: "フォルダーの中身を一覧できません: \(reason)")
    }

    package static func cannotCreateFile(_ reason: String) -> Message {
        Message(english: "cannot create the file: \(reason)", japanese: "ファイルを作れません: \(reason)")
    }

    package static func cannotWrite(_ reason: String) -> Message {
        Message(english: "cannot write: \(reason)", japanese: "書き込めません: \(reason)")
    }

    package static func cannotFinishWriting(_ reason: String) -> Message {
        Message(english: "cannot finish writing: \(reason)", japanese: "書き込みを終えられません: \(reason)")
    }

    package static func cannotOpenOutput(_ reason: String) -> Message {
        Message(english: "cannot open: \(reason)", japanese: "開けません: \(reason)")
    }

    package static let outputIsFile = Message(english: "the output must be a folder, but a file of that name exists",
                                              japanese: "出力はフォルダーでなければなりませんが、その名前のファイルがあります")

    package static func foreignFiles(_ shown: String) -> Message {
        Message(english: "the folder holds files WardPlan did not write (\(shown)); name a new or empty folder",
                japanese: "フォルダーに WardPlan が書いていないファイルがあります (\(shown))。新しいフォルダーか空のフォルダーを指定してください")
    }

    package static func noStagingFolder(_ reason: String) -> Message {
        Message(english: "cannot create a staging folder beside it: \(reason)", japanese: "その横に準備用のフォルダーを作れません: \(reason)")
    }

    package static func cannotSwitchFolder(_ reason: String) -> Message {
        Message(english: "cannot switch the new folder into place: \(reason)", japanese: "新しいフォルダーを所定の場所に入れ替えられません: \(reason)")
    }

    package static let outputIsFolder = Message(english: "this is a folder; name a file to write",
                                                japanese: "これはフォルダーです。書き込むファイルを指定してください")

    package static func notAFileName(_ name: String) -> Message {
        Message(english: "\"\(name)\" is not a plain file name", japanese: "「\(name)」は普通のファイル名ではありません")
    }

    package static let severalFilesNeedFolder = Message(english: "this format writes several files; name a folder",
                                                        japanese: "この形式は複数のファイルを書きます。フォルダーを指定してください")

    // MARK: Formats and options

    package static func formatRegisteredTwice(_ name: String) -> Message {
        Message(english: "an exporter named \"\(name)\" is registered already", japanese: "「\(name)」という名前のエクスポーターは登録済みです")
    }

    package static func unknownFormat(_ name: String, suggestion: String?, formats: String) -> Message {
        Message(english: "no format named \"\(name)\"; \(suggestion.map { "did you mean \"\($0)\"? " } ?? "")the formats are: \(formats)",
                japanese: "「\(name)」という形式はありません。\(suggestion.map { "「\($0)」のことですか? " } ?? "")形式: \(formats)")
    }

    package static func unknownOption(_ name: String, format: String, suggestion: String?, options: [String]) -> Message {
        let list = options.joined(separator: ", ")
        return Message(
            english: "the \(format) format has no option \"\(name)\"; \(suggestion.map { "did you mean \"\($0)\"? " } ?? "")"
                + (options.isEmpty ? "it takes no options" : "it takes: \(list)"),
            japanese: "\(format) 形式にはオプション「\(name)」がありません。\(suggestion.map { "「\($0)」のことですか? " } ?? "")"
                + (options.isEmpty ? "この形式にはオプションがありません" : "オプション: \(list)"))
    }

    package static func badOptionValue(_ value: String, option: String, format: String, accepted: String, suggestion: String?) -> Message {
        Message(english: "option \"\(option)\" of the \(format) format takes \(accepted), not \"\(value)\""
                    + (suggestion.map { "; did you mean \"\($0)\"?" } ?? ""),
                japanese: "\(format) 形式のオプション「\(option)」の値は \(accepted) で、「\(value)」は使えません"
                    + (suggestion.map { "。「\($0)」のことですか?" } ?? ""))
    }

    /// Why an output's name does not look like what a format writes.
    package enum NameMismatch: Sendable {
        case fileWithExtension(String), fileWithoutExtension, folderNamedLikeFile(String), fileOrFolder(String)
    }

    package static func outputName(_ name: String, format: String, fileExtension: String, _ mismatch: NameMismatch) -> Message {
        switch mismatch {
        case .fileWithExtension(let found):
            Message(english: "the \(format) format writes a .\(fileExtension) file, but \(name) ends in .\(found): "
                        + "programs that open files by their name may not open it",
                    japanese: "\(format) 形式は .\(fileExtension) のファイルを書きますが、\(name) は .\(found) で終わります。"
                        + "名前でファイルを開くプログラムは開けないかもしれません")
        case .fileWithoutExtension:
            Message(english: "the \(format) format writes a .\(fileExtension) file, but \(name) has no extension: "
                        + "programs that open files by their name may not open it",
                    japanese: "\(format) 形式は .\(fileExtension) のファイルを書きますが、\(name) には拡張子がありません。"
                        + "名前でファイルを開くプログラムは開けないかもしれません")
        case .folderNamedLikeFile(let found):
            Message(english: "the \(format) format writes a folder of files, but \(name) is named like a .\(found) file",
                    japanese: "\(format) 形式はファイルの入ったフォルダーを書きますが、\(name) は .\(found) のファイルのような名前です")
        case .fileOrFolder(let found):
            Message(english: "the \(format) format writes a .\(fileExtension) file (or a folder for several plans), but \(name) ends in .\(found)",
                    japanese: "\(format) 形式は .\(fileExtension) のファイル (計画が複数ならフォルダー) を書きますが、\(name) は .\(found) で終わります")
        }
    }

    // MARK: Exporters

    package static let jsonSummary = Message(english: "canonical JSON: one plan, an array of plans, or JSON Lines (.jsonl)",
                                             japanese: "正規の JSON: 計画一つ、計画の配列、または JSON Lines (.jsonl)")
    package static let jsonLinesHelp = Message(english: "JSON Lines: one compact plan a line (also chosen by .jsonl)",
                                               japanese: "JSON Lines: 1行に計画一つを詰めて書く (.jsonl でも選ばれる)")
    package static let csvSummary = Message(
        english: "CSV tables (plans, issues, budget lines, strategies, initiatives, outcome indicators, reform items) with a "
            + "datapackage.json; - for one table",
        japanese: "CSV の表 (計画、経営課題、予算額の行、戦略、具体的取組、アウトカム指標、市政改革計画の取組項目) と datapackage.json。"
            + "- なら表一つ")
    package static let csvHeaderHelp = Message(english: "header row language", japanese: "見出し行の言語")
    package static let csvEncodingHelp = Message(english: "text encoding (cp932: Shift_JIS; a character it cannot hold is an error)",
                                                 japanese: "文字コード (cp932 は Shift_JIS。表せない文字はエラー)")
    package static let csvFormulaGuardHelp = Message(
        english: "prefix ' to text starting with = + - @ tab CR, so spreadsheets show it as text",
        japanese: "= + - @ タブ CR で始まる文字列の先頭に ' を付け、表計算ソフトで文字列として表示させる")
    package static let csvTableHelp = Message(english: "the table written to standard output", japanese: "標準出力に書く表")
    package static let xlsxSummary = Message(english: "Excel workbook: 様式1/様式2/様式3 per plan, a データ sheet, 集計 for several plans",
                                             japanese: "Excel のブック: 計画ごとの様式1・様式2・様式3、データシート、計画が複数なら集計")
    package static let xlsxLayoutHelp = Message(
        english: "forms: 様式1/2/3 per plan; data: 集計 and データ only, in constant memory; both",
        japanese: "forms は計画ごとの様式1・2・3、data は集計とデータのみ (一定のメモリで書く)、both は両方")
    package static let xlsxVersionsHelp = Message(
        english: "several versions (案, 確定, …) of one ward-year in 集計: count the latest, all, or refuse (error)",
        japanese: "集計での同じ区・同じ年度の複数の版 (案、確定、…): 最新を数える latest、すべて数える all、受け付けない error")
    package static let htmlSummary = Message(
        english: "accessible web pages: FILE.html for one plan, a folder with index.html for several",
        japanese: "アクセシブルなウェブページ: 計画一つなら FILE.html、複数なら index.html の入ったフォルダー")

    package static let noCP932Converter = Message(english: "this system's C library has no CP932 converter (iconv)",
                                                  japanese: "このシステムの C ライブラリには CP932 の変換器 (iconv) がありません")

    package static func notInCP932(_ character: String, scalars: String, table: String, row: Int,
                                   column: (number: Int, key: String)?) -> Message {
        Message(english: "CP932 (Shift_JIS) cannot hold the character 「\(character)」 (\(scalars)) in \(table).csv, row \(row), "
                    + "\(column.map { "column \($0.number) (\($0.key))" } ?? "the header"); use encoding utf8-bom or utf8",
                japanese: "CP932 (Shift_JIS) では \(table).csv の\(row)行目、\(column.map { "\($0.number)列目 (\($0.key))" } ?? "見出し")の"
                    + "文字「\(character)」(\(scalars)) を表せません。encoding に utf8-bom か utf8 を指定してください")
    }

    package static let severalPlansNeedFolder = Message(
        english: "several plans need a folder as output (index.html and one page each), not one file",
        japanese: "計画が複数あるときの出力は一つのファイルではなくフォルダー (index.html と計画ごとのページ) です")

    package static func summaryTotals(_ reason: Message) -> Message {
        Message(english: "the totals of the 集計 sheet cannot be added up: \(reason.english)",
                japanese: "集計シートの合計を計算できません: \(reason.japanese)")
    }

    /// `step` is what the writer was doing, in English words (`write the workbook`), kept as it is.
    package static func libxlsxwriterFailed(_ step: String, reason: String) -> Message {
        Message(english: "libxlsxwriter could not \(step): \(reason)", japanese: "libxlsxwriter の処理 (\(step)) が失敗しました: \(reason)")
    }

    package static func cannotCreateWorkbook(_ path: String) -> Message {
        Message(english: "libxlsxwriter could not create a workbook at \(path)", japanese: "libxlsxwriter が \(path) にブックを作れません")
    }

    package static func sheetNameTwice(_ name: String) -> Message {
        Message(english: "two sheets would be named \"\(name)\" (two wards whose names shorten alike?)",
                japanese: "二つのシートが「\(name)」という名前になります (短くすると同じになる区名?)")
    }

    package static func sheetNameTooLong(_ name: String) -> Message {
        Message(english: "the sheet name \"\(name)\" is longer than Excel's 31 characters",
                japanese: "シート名「\(name)」は Excel の上限の31文字より長いです")
    }

    package static func sheetNameForbidden(_ name: String, character: String) -> Message {
        Message(english: "the sheet name \"\(name)\" holds \"\(character)\", which Excel forbids in sheet names ([]:*?/\\)",
                japanese: "シート名「\(name)」に Excel がシート名で禁じている「\(character)」があります ([]:*?/\\)")
    }

    package static func cannotAddSheet(_ name: String) -> Message {
        Message(english: "libxlsxwriter could not add the sheet \"\(name)\"", japanese: "libxlsxwriter がシート「\(name)」を追加できません")
    }

    package static let cannotAddFormat = Message(english: "libxlsxwriter could not add a format", japanese: "libxlsxwriter が書式を追加できません")
    package static let workbookClosed = Message(english: "the workbook is closed already", japanese: "ブックはすでに閉じています")

    package static func sheetAfterClose(_ name: String) -> Message {
        Message(english: "the sheet \(name) is used after its workbook was closed", japanese: "シート \(name) がブックを閉じた後に使われています")
    }

    package static func cellTooLong(_ field: String, length: Int, limit: Int, cell: String) -> Message {
        Message(english: "\(field) has \(length) characters, more than the \(limit) an Excel cell holds (\(cell)); "
                    + "shorten it — WardPlan does not split text across cells",
                japanese: "\(field)は\(length)文字で、Excel のセルに入る\(limit)文字を超えます (\(cell))。"
                    + "短くしてください (WardPlan は文章を複数のセルに分けません)")
    }

    package static func amountBeyondSpreadsheet(_ amount: String, cell: String) -> Message {
        Message(english: "the amount \(amount) in \(cell) is larger than a spreadsheet number holds exactly (2^53)",
                japanese: "\(cell) の金額 \(amount) は表計算ソフトの数値で正確に表せる大きさ (2^53) を超えます")
    }

    package static func characterNotInXLSX(_ field: String, code: String, place: String) -> Message {
        Message(english: "\(field) holds the character \(code), which an XLSX file cannot hold (\(place)); remove it from the plan",
                japanese: "\(field)に XLSX ファイルに書けない文字 \(code) があります (\(place))。計画から取り除いてください")
    }
}
