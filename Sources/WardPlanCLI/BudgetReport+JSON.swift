import WardPlan
import WardPlanExport

extension BudgetReport {
    /// The report as pretty, key-sorted JSON: the bytes `JSONEncoder` writes for it with `.sortedKeys`,
    /// `.prettyPrinted` and `.withoutEscapingSlashes`, written without the encoder's tree of values.
    public func json() throws -> String {
        jsonWriter().text
    }

    /// Writes the JSON and a line break to `sink` as bytes: no string is made of a report over thousands of plans.
    func writeJSONLine(to sink: ByteSink) throws(WardPlanError) {
        try jsonWriter().writeLine(to: sink)
    }

    /// The report written as JSON.
    private func jsonWriter() -> PrettyJSONWriter {
        var writer = PrettyJSONWriter()
        writer.object { json in
            json.member("byFiscalYear") { $0.array(byFiscalYear) { $1.write(to: &$0) } }
            json.member("byWard") { $0.array(byWard) { $1.write(to: &$0) } }
            json.member("complete", complete)
            json.member("plans") { $0.array(plans) { $1.write(to: &$0) } }
            json.member("setAside") { $0.array(setAside) { $1.write(to: &$0) } }
            json.member("totalThousandYen", totalThousandYen)
            json.member("versions", versions)
            json.member("yearOverYear") { $0.array(yearOverYear) { $1.write(to: &$0) } }
        }
        return writer
    }
}

// Each writes its members in the sorted order of their keys, as `JSONEncoder` with `.sortedKeys` does.

extension BudgetReport.Plan {
    fileprivate func write(to writer: inout PrettyJSONWriter) {
        writer.object { json in
            json.member("budgetedInitiativeCount", budgetedInitiativeCount)
            json.member("counted", counted)
            json.member("fiscalYear", fiscalYear)
            json.member("fiscalYearLabel", fiscalYearLabel)
            json.member("head", head)
            json.member("initiativeCount", initiativeCount)
            json.member("issues") { $0.array(issues) { $1.write(to: &$0) } }
            if let previousYear { json.member("previousYear") { previousYear.write(to: &$0) } }
            json.member("problems") { $0.array(problems) { $1.write(to: &$0) } }
            json.member("status", status)
            json.member("statusLabel", statusLabel)
            json.member("title", title)
            json.member("totalThousandYen", totalThousandYen)
            json.member("unbudgetedInitiativeCount", unbudgetedInitiativeCount)
            json.member("ward", ward)
        }
    }
}

extension BudgetReport.Problem {
    fileprivate func write(to writer: inout PrettyJSONWriter) {
        writer.object { json in
            json.member("column", column)
            json.member("field", field)
            json.member("file", file)
            json.member("line", line)
            json.member("message", message)
            json.member("severity", severity)
        }
    }
}

extension BudgetReport.Issue {
    fileprivate func write(to writer: inout PrettyJSONWriter) {
        writer.object { json in
            json.member("basis", basis)
            json.member("initiativeCount", initiativeCount)
            json.member("label", label)
            json.member("number", number)
            json.member("previousYearBudgetThousandYen", previousYearBudgetThousandYen)
            json.member("sharePerMille", sharePerMille)
            json.member("statedBudgetThousandYen", statedBudgetThousandYen)
            json.member("strategies") { $0.array(strategies) { $1.write(to: &$0) } }
            json.member("title", title)
            json.member("totalThousandYen", totalThousandYen)
            json.member("unbudgetedInitiativeCount", unbudgetedInitiativeCount)
        }
    }
}

extension BudgetReport.Strategy {
    fileprivate func write(to writer: inout PrettyJSONWriter) {
        writer.object { json in
            json.member("id", id)
            json.member("initiativeCount", initiativeCount)
            json.member("totalThousandYen", totalThousandYen)
        }
    }
}

extension BudgetReport.OwnChange {
    fileprivate func write(to writer: inout PrettyJSONWriter) {
        writer.object { json in
            json.member("deltaThousandYen", deltaThousandYen)
            json.member("fiscalYear", fiscalYear)
            json.member("previousThousandYen", previousThousandYen)
            json.member("ratioPerMille", ratioPerMille)
        }
    }
}

extension BudgetReport.Group {
    fileprivate func write(to writer: inout PrettyJSONWriter) {
        writer.object { json in
            json.member("fiscalYear", fiscalYear)
            json.member("fiscalYearLabel", fiscalYearLabel)
            json.member("totalThousandYen", totalThousandYen)
            json.member("ward", ward)
        }
    }
}

extension BudgetReport.Change {
    fileprivate func write(to writer: inout PrettyJSONWriter) {
        writer.object { json in
            json.member("currentThousandYen", currentThousandYen)
            json.member("deltaThousandYen", deltaThousandYen)
            json.member("fromFiscalYear", fromFiscalYear)
            json.member("previousThousandYen", previousThousandYen)
            json.member("ratioPerMille", ratioPerMille)
            json.member("toFiscalYear", toFiscalYear)
            json.member("ward", ward)
        }
    }
}

extension BudgetReport.SetAside {
    fileprivate func write(to writer: inout PrettyJSONWriter) {
        writer.object { json in
            json.member("countedFile", countedFile)
            json.member("countedStatus", countedStatus)
            json.member("file", file)
            json.member("fiscalYear", fiscalYear)
            json.member("status", status)
            json.member("statusLabel", statusLabel)
            json.member("ward", ward)
        }
    }
}
