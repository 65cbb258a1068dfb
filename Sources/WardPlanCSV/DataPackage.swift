import Foundation
import WardPlan
import WardPlanExport

/// The `datapackage.json` beside the tables: a Frictionless Data Package whose Table Schemas give each
/// file's fields, types, units, encoding, dialect, primary and foreign keys.
struct DataPackage: Encodable {
    struct Resource: Encodable {
        let name: String
        let path: String
        let profile = "tabular-data-resource"
        let format = "csv"
        let mediatype = "text/csv"
        let encoding: String
        let dialect = Dialect()
        let schema: Schema
    }

    struct Dialect: Encodable {
        let delimiter = ","
        let lineTerminator = "\r\n"
        let quoteChar = "\""
        let doubleQuote = true
        let header = true
    }

    struct Schema: Encodable {
        let fields: [Field]
        let primaryKey: [String]
        let foreignKeys: [ForeignKey]?
    }

    struct Field: Encodable {
        let name: String
        let title: String
        let type: String
        let unit: String?
        let description: String?
    }

    struct ForeignKey: Encodable {
        struct Reference: Encodable {
            let resource: String
            let fields: [String]
        }

        let fields: [String]
        let reference: Reference
    }

    let profile = "tabular-data-package"
    let name = "wardplan-operating-plans"
    let title = "区運営方針 — Osaka City ward operating plans"
    let resources: [Resource]

    init(options: CSVExporter.Options) {
        let header = options.header
        let wardAndYear = FlatTable.plans.primaryKey.map { $0.name(header) }
        resources = FlatTable.all.map { table in
            let fields = table.columns.map { column in
                Field(name: column.name(header), title: header == .ja ? column.key : column.japanese,
                      type: column.isInteger ? "integer" : "string", unit: column.unit,
                      description: column.unit.map { "amount in \($0) (thousands of yen)" })
            }
            let foreignKeys = table.name == FlatTable.plans.name ? nil : [
                ForeignKey(fields: wardAndYear, reference: .init(resource: FlatTable.plans.name, fields: wardAndYear)),
            ]
            return Resource(name: table.name, path: table.name + ".csv", encoding: options.encoding.codecName,
                            schema: Schema(fields: fields, primaryKey: table.primaryKey.map { $0.name(header) },
                                           foreignKeys: foreignKeys))
        }
    }

    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
