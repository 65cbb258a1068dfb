import Foundation
import WardPlan

/// Paths and plans the tests share.
public enum Fixtures {
    /// The repository's root folder.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A file in `Tests/Fixtures`.
    public static func url(_ name: String) -> URL {
        root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name)
    }

    /// The contents of a file in `Tests/Fixtures`.
    public static func data(_ name: String) throws -> Data { try Data(contentsOf: url(name)) }

    /// The real published plan: 令和2年度 東住吉区運営方針(案).
    public static let higashisumiyoshi = "higashisumiyoshi-r2-draft.txt"
    /// The constructed web-page plan: 令和3年度 北浜東区運営方針(素案).
    public static let kitahamahigashi = "kitahamahigashi-r3-outline-webpage.txt"

    /// A fresh empty folder, in this test process's folder under the system's temporary folder.
    public static func temporaryFolder() throws -> URL {
        let folder = processFolder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The folder that holds this test process's temporary folders: removed when the process exits, so that test runs
    /// leave nothing behind (a run that crashes leaves its folder to be looked at).
    private static let processFolder: URL = {
        atexit { try? FileManager.default.removeItem(at: Fixtures.processFolder) }
        return FileManager.default.temporaryDirectory.appendingPathComponent("wardplan-tests-\(UUID().uuidString)")
    }()

    /// A small plan made in code: two issues, three initiatives (one without budget), one reform item.
    public static func smallPlan(ward: String = "テスト区", year: Int = 2021, scale: Int = 1) -> OperatingPlan {
        OperatingPlan(
            ward: Ward(name: ward), fiscalYear: FiscalYear(year), status: .final, title: "\(ward)運営方針",
            head: "大阪 太郎", goal: "目標", mission: "使命", policy: ["方針1", "方針2"],
            issues: [
                ManagementIssue(number: 1, title: "課題1", strategies: [
                    Strategy(id: ItemID([1, 1])!, title: "戦略1-1", initiatives: [
                        Initiative(id: ItemID([1, 1, 1])!, title: "取組1-1-1", budget: ThousandYen(1_000 * scale)),
                        Initiative(id: ItemID([1, 1, 2])!, title: "取組1-1-2"),
                    ]),
                ]),
                ManagementIssue(number: 2, title: "課題2", strategies: [
                    Strategy(id: ItemID([2, 1])!, title: "戦略2-1", initiatives: [
                        Initiative(id: ItemID([2, 1, 1])!, title: "取組2-1-1", budget: ThousandYen(3_000 * scale)),
                    ]),
                ]),
            ],
            reformItems: [ReformItem(number: 1, title: "改革", pillar: ReformPillarRef(text: "3-3(4)", components: [3, 3, 4]), actions: ["a", "b"])]
        )
    }

    /// A plan of `count` 経営課題, each with one 戦略 and one budgeted 具体的取組: for sizes that grow.
    public static func manyIssuesPlan(_ count: Int) -> OperatingPlan {
        var plan = smallPlan()
        plan.issues = (1...max(count, 1)).map { number in
            let initiative = Initiative(id: ItemID([number, 1, 1])!, title: "取組\(number)", budget: ThousandYen(number))
            let strategy = Strategy(id: ItemID([number, 1])!, title: "戦略\(number)", initiatives: [initiative])
            return ManagementIssue(number: number, title: "課題\(number)", strategies: [strategy])
        }
        return plan
    }
}
