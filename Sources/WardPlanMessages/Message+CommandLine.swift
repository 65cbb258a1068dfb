// The catalogue, part 4: what the `wardplan` command line says — its help, its reports, its usage errors.

import WardPlan

extension Message {
    // MARK: Commands

    package static let toolAbstract = Message(
        english: "Read Osaka City ward operating plans (区運営方針): summarise budgets, validate, export.",
        japanese: "大阪市の区運営方針を読み、予算額を集計し、検証し、書き出します。")
    package static let toolDiscussion = Message(
        english: "Exit codes: 0 success, 1 invalid input, an invalid plan or a failed export, 2 usage error. "
            + "Messages are in Japanese when the first of LC_ALL, LC_MESSAGES and LANG that is set names a ja locale.",
        japanese: "終了コード: 0 成功、1 入力の誤り・計画の誤り・書き出しの失敗、2 使い方の誤り。"
            + "LC_ALL・LC_MESSAGES・LANG のうち最初に設定されているものが ja のロケールなら日本語、そうでなければ英語で表示します。")
    package static let summaryAbstract = Message(english: "Budget totals per issue, plan, ward and fiscal year.",
                                                 japanese: "経営課題・計画・区・年度ごとの予算額の合計を示します。")
    package static let validateAbstract = Message(
        english: "Check plans; exit 1 on errors (or on warnings too, with --strict). Notes say how the input was read.",
        japanese: "計画を検証します。エラーがあれば (--strict なら警告でも) 終了コード 1。注記は入力をどう読んだかを示します。")
    package static let exportAbstract = Message(english: "Export plans to a format (see `wardplan formats`).",
                                                japanese: "計画をある形式で書き出します (`wardplan formats` を参照)。")
    package static let exportDiscussion = Message(english: "Format options, given as --name value or -O name=value:",
                                                  japanese: "形式のオプション (--名前 値 または -O 名前=値 で指定):")
    package static let formatsAbstract = Message(english: "List the export formats and their options.",
                                                 japanese: "書き出しの形式とそのオプションを一覧します。")
    package static let diffAbstract = Message(
        english: "新旧対照表: what changed from one plan to another (案 → 確定, or one year to the next).",
        japanese: "新旧対照表: ある計画から別の計画への変更 (案 → 確定、またはある年度から翌年度) を示します。")
    package static let diffDiscussion = Message(
        english: "Formats: text (changes marked, coloured on a terminal), json (the PlanDiff, documented in the README), "
            + "html and xlsx (a 新旧対照表: 変更前 / 変更後 side by side, changed characters marked, budget deltas). "
            + "Exit status 0 whether or not the plans differ (1 when they differ with --exit-code), 1 on bad input, 2 on usage errors.",
        japanese: "形式: text (変更に印を付け、端末では色付き)、json (PlanDiff、README に説明)、html と xlsx (新旧対照表: "
            + "変更前と変更後を並べ、変わった文字に印を付け、予算額の増減を示す)。計画が違っても違わなくても終了コード 0 "
            + "(--exit-code を付けると違うとき 1)、入力の誤りは 1、使い方の誤りは 2。")

    package static let generateAbstract = Message(
        english: "Write a large made-up dataset as JSON Lines: every ward × fiscal year, the same for the same seed.",
        japanese: "大きな架空のデータセットを JSON Lines で書き出します。すべての区 × 年度、同じシードなら同じ内容です。")

    // MARK: Options

    package static let generateWardsHelp = Message(english: "How many wards: Osaka City's 24 in the city's order, then numbered ones.",
                                                   japanese: "区の数: 大阪市の24区を市の順に、その後は番号付きの区。")
    package static let generateYearsHelp = Message(english: "How many consecutive fiscal years.", japanese: "連続する年度の数。")
    package static let generateInitiativesHelp = Message(english: "How many 具体的取組 each plan has.", japanese: "計画ごとの具体的取組の数。")
    package static let generateSeedHelp = Message(english: "The seed: the same seed gives the same bytes.",
                                                  japanese: "シード: 同じシードなら同じバイト列になります。")
    package static let generateFirstYearHelp = Message(english: "The first fiscal year (西暦).", japanese: "最初の年度 (西暦)。")
    package static let generateOutputHelp = Message(english: "Where to write: FILE.jsonl, or - for standard output.",
                                                    japanese: "書き出し先: FILE.jsonl、標準出力なら -。")
    package static let generateCounts = Message(english: "--wards and --years must be at least 1, --initiatives at least 0.",
                                                japanese: "--wards と --years は1以上、--initiatives は0以上にしてください。")
    package static let generateYears = Message(english: "The fiscal years must lie between 1000 and 9999.",
                                               japanese: "年度は1000から9999の間にしてください。")

    package static let inputsHelp = Message(
        english: "Plans to read: published text, .json (a plan or an array), .jsonl, a folder of them (read at any depth), or - for standard input.",
        japanese: "読む計画: 公表された文章、.json (計画一つまたはその配列)、.jsonl、それらのフォルダー (中のフォルダーも読みます)、標準入力なら -。")
    package static let strictHelp = Message(english: "Fail on any problem met while importing text, listing every one.",
                                            japanese: "文章の取り込みで問題が一つでもあれば失敗し、すべてを一覧します。")
    package static let noInputs = Message(english: "Name at least one input file, or - for standard input.",
                                          japanese: "入力ファイルを一つ以上指定してください (標準入力なら -)。")
    package static let summaryFormatHelp = Message(english: "Output form: text (a table) or json.",
                                                   japanese: "出力の形: text (表) または json。")
    package static let versionsHelp = Message(
        english: "Several versions (案, 確定, …) of one ward's plan for a year: count the latest (the most advanced state), "
            + "all, or refuse them (error).",
        japanese: "同じ区・同じ年度の計画の複数の版 (案、確定、…): 最新 (最も進んだ状態) を数える latest、すべて数える all、"
            + "受け付けない error。")
    package static let formatHelp = Message(english: "The export format's name.", japanese: "書き出す形式の名前。")
    package static let outputHelp = Message(english: "Where to write: a file or folder as the format needs, or - for standard output.",
                                            japanese: "書き出し先: 形式に応じてファイルかフォルダー、標準出力なら -。")
    package static let optionHelp = Message(english: "A format option, name=value or name (repeatable).",
                                            japanese: "形式のオプション、名前=値 または 名前 (繰り返し可)。")
    package static let forceHelp = Message(english: "Export plans even when validation finds errors in them (the errors are still printed).",
                                           japanese: "検証でエラーが見つかった計画も書き出します (エラーは表示します)。")
    package static let quietHelp = Message(english: "Say nothing of what was written (errors and warnings are still printed).",
                                           japanese: "書き出したものを報告しません (エラーと警告は表示します)。")
    package static let diffOldHelp = Message(english: "The old plan: published text or a JSON file holding one plan.",
                                             japanese: "変更前の計画: 公表された文章、または計画一つの JSON ファイル。")
    package static let diffNewHelp = Message(english: "The new plan.", japanese: "変更後の計画。")
    package static let diffFormatHelp = Message(english: "Output form: text, json, html or xlsx.", japanese: "出力の形: text、json、html または xlsx。")
    package static let diffOutputHelp = Message(
        english: "Where to write: a file, or - for standard output (the default; xlsx needs a file).",
        japanese: "書き出し先: ファイル、または標準出力なら - (既定。xlsx はファイルが必要)。")
    package static let exitCodeHelp = Message(english: "Exit 1 when the plans differ, as git diff --exit-code does.",
                                              japanese: "計画が違うとき終了コード 1 で終わります (git diff --exit-code と同じ)。")
    package static let diffStrictHelp = Message(english: "Fail on any problem met while importing text.",
                                                japanese: "文章の取り込みで問題が一つでもあれば失敗します。")
    package static let diffForceHelp = Message(
        english: "Compare plans whose import met errors (an unreadable budget, say), which are otherwise refused.",
        japanese: "取り込みでエラー (読めない予算額など) のあった計画も比べます (普通は受け付けません)。")
    package static let xlsxDiffNeedsFile = Message(english: "--format xlsx writes a workbook: name it with --output FILE.xlsx",
                                                   japanese: "--format xlsx はブックを書きます。--output FILE.xlsx で名前を付けてください")
    package static let splitByHelp = Message(
        english: "Write one output per ward, fiscal year or plan into the folder --output names, several at a time.",
        japanese: "区・年度・計画ごとに一つずつ、--output のフォルダーに出力します (複数を同時に)。")
    package static let jobsHelp = Message(english: "How many outputs of --split-by are written at once (default: the number of cores).",
                                          japanese: "--split-by の出力を同時にいくつ書くか (既定: コア数)。")
    package static let splitNeedsFolder = Message(english: "--split-by writes a folder of outputs: name it with --output DIR, not -",
                                                  japanese: "--split-by は出力のフォルダーを書きます。--output に - ではなくフォルダーを指定してください")
    package static let jobsAtLeastOne = Message(english: "--jobs must be at least 1.", japanese: "--jobs は1以上にしてください。")

    package static func splitProgress(done: Int, total: Int, perSecond: String, secondsLeft: Int) -> Message {
        Message(english: "\(done)/\(total) outputs, \(perSecond)/s, about \(secondsLeft) s left",
                japanese: "出力 \(done)/\(total)、毎秒 \(perSecond)、残り約 \(secondsLeft) 秒")
    }

    package static func cannotSpool(_ reason: String) -> Message {
        Message(english: "cannot set the plans down beside the output to split them: \(reason)",
                japanese: "分割のために計画を出力先の横に書き出せません: \(reason)")
    }

    package static func splitFailed(_ count: Int, first: Message) -> Message {
        Message(english: "\(count) output(s) could not be written, so none is; the first: \(first.english)",
                japanese: "\(count)個の出力を書けなかったため、どれも書き出していません。最初の問題: \(first.japanese)")
    }


    // MARK: Reports

    package static func validated(plans: Int, errors: Int, warnings: Int, notes: Int) -> Message {
        Message(english: "\(plans) plan(s): \(errors) error(s), \(warnings) warning(s)" + (notes > 0 ? ", \(notes) note(s)" : ""),
                japanese: "計画\(plans)件: エラー\(errors)件、警告\(warnings)件" + (notes > 0 ? "、注記\(notes)件" : ""))
    }

    package static func wrote(_ path: String, plans: Int, size: Message) -> Message {
        Message(english: "wrote \(path): \(plans) plan(s), \(size.english)", japanese: "\(path) に書き出しました: 計画\(plans)件、\(size.japanese)")
    }

    package static func fileSize(bytes: String) -> Message {
        Message(english: "\(bytes) bytes", japanese: "\(bytes) バイト")
    }

    package static func folderSize(files: Int, bytes: String) -> Message {
        Message(english: "\(files) file(s), \(bytes) bytes", japanese: "ファイル\(files)個、\(bytes) バイト")
    }

    package static let nothingOnDisk = Message(english: "nothing on disk", japanese: "ディスクには何もありません")

    package static func planRefused(errors: Int) -> Message {
        Message(english: "the plan has \(errors) error(s) and is not exported (use --force to export it anyway)",
                japanese: "計画にエラーが\(errors)件あるので書き出しません (それでも書き出すには --force)")
    }

    package static let importErrorsBeforeDiff = Message(
        english: "the import met errors (printed above): what they name would show as changed; fix them, or compare anyway with --force",
        japanese: "取り込みでエラーがありました (上に表示)。その箇所は変更として表れてしまいます。直すか、--force でそのまま比べてください")
    package static let severalPlansInDiff = Message(english: "the input holds several plans; diff compares one plan with one plan",
                                                    japanese: "入力に計画が複数あります。diff は計画一つと計画一つを比べます")

    package static func yearOverYear(_ reason: Message) -> Message {
        Message(english: "a year-over-year change cannot be computed: \(reason.english)",
                japanese: "前年度比を計算できません: \(reason.japanese)")
    }

    package static func optionDefault(_ value: String) -> Message {
        Message(english: "default: \(value)", japanese: "既定: \(value)")
    }
}
