import WardPlan

/// The words every form of a 新旧対照表 (text, web page, workbook) uses for a ``WardPlan/PlanDiff``.
public enum DiffLabels {
    /// `1-2`, or `1-2 → 1-3` when renumbered.
    public static func id(of item: ItemChange) -> String {
        switch item.kind {
        case .added: item.newID ?? ""
        case .renumbered: "\(item.oldID ?? "") → \(item.newID ?? "")"
        case .removed, .changed, .unchanged: item.oldID ?? item.newID ?? ""
        }
    }

    /// 追加, 削除, 変更, 番号変更 (with how alike the titles were), 下位項目に変更.
    public static func kind(of item: ItemChange) -> String {
        switch (item.kind, item.match) {
        case (.added, _): "追加"
        case (.removed, _): "削除"
        case (.changed, _): "変更"
        case (.renumbered, .title(let similarity)?): "番号変更(名称の一致 \(PlanLabels.percent(perMille: similarity)))"
        case (.renumbered, _): "番号変更"
        case (.unchanged, _): "下位項目に変更"
        }
    }

    /// `東住吉区 令和2年度 案「title」 予算額合計 135,783千円`.
    public static func describe(_ side: PlanDiff.Side) -> String {
        side.label + (side.title.map { "「\($0)」" } ?? "") + " 予算額合計 \(side.total)"
    }

    /// `5,237 → 10,000 (+4,763, 190.9%)`; `— → 1,500 (+1,500)` when one side has no amount.
    public static func delta(_ change: AmountChange) -> String {
        let amounts = "\(change.previous?.grouped ?? "—") → \(change.current?.grouped ?? "—")"
        guard let delta = change.delta else { return amounts }
        let ratio = change.ratioPerMille.map { ", " + PlanLabels.percent(perMille: $0) } ?? ""
        return "\(amounts) (\(delta.amount > 0 ? "+" : "")\(delta.grouped)\(ratio))"
    }
}
