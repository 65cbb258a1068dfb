import Foundation
import Testing
import WardPlan
import WardPlanText
@testable import WardPlanJSON
import TestSupport

/// The published JSON format (`schema/plan.schema.json`, draft 2020-12) and the reader agree.
@Suite("JSON Schema")
struct JSONSchemaTests {
    private static let schemaFolder = Fixtures.root.appendingPathComponent("schema")

    /// Validates each JSON file against the dataset-line schema with Python's jsonschema; the errors of each.
    private func validate(_ files: [URL]) throws -> [[String]] {
        let script = """
            import json, sys
            import jsonschema
            from referencing import Registry, Resource
            folder = sys.argv[1]
            plan = json.load(open(folder + '/plan.schema.json', encoding='utf-8'))
            line = json.load(open(folder + '/dataset-line.schema.json', encoding='utf-8'))
            jsonschema.Draft202012Validator.check_schema(plan)
            registry = Registry().with_resources([(plan['$id'], Resource.from_contents(plan))])
            validator = jsonschema.Draft202012Validator(line, registry=registry)
            print(json.dumps([[e.message for e in validator.iter_errors(json.load(open(f, encoding='utf-8')))] for f in sys.argv[2:]]))
            """
        let result = try ExternalTools.runPython(script, [Self.schemaFolder.path] + files.map(\.path))
        return try JSONDecoder().decode([[String]].self, from: result.output)
    }

    @Test("the encoder's output for the sample and generated plans is valid; broken plans are not")
    func validatesEncoderOutput() throws {
        let folder = try Fixtures.temporaryFolder()
        let sample = try PublishedTextImporter().importPlan(from: Fixtures.data(Fixtures.higashisumiyoshi)).plan
        var files: [URL] = []
        for (index, plan) in [sample, Fixtures.smallPlan(), Fixtures.manyIssuesPlan(30)].enumerated() {
            let file = folder.appendingPathComponent("plan\(index).json")
            try PlanJSON.encode(plan).write(to: file)
            files.append(file)
        }
        let broken = folder.appendingPathComponent("broken.json")
        var text = String(decoding: try PlanJSON.encode(Fixtures.smallPlan()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"status\" : \"final\"", with: "\"status\" : \"finale\"")
            .replacingOccurrences(of: "\"budget\" : 1000", with: "\"budgte\" : 1000")
        try Data(text.utf8).write(to: broken)
        let errors = try validate(files + [broken])
        #expect(errors.dropLast().allSatisfy { $0.isEmpty }, "\(errors)")
        #expect(errors.last?.count == 2, "\(errors.last ?? [])")
    }

    @Test("each object of the schema lists exactly the keys the encoder writes (and the reader accepts)")
    func keysMatchTheModel() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaFolder.appendingPathComponent("plan.schema.json")))
            as? [String: Any])
        let definitions = try #require(schema["$defs"] as? [String: [String: Any]])
        let containers = ["": schema, "ward": definitions["ward"], "issues": definitions["issue"], "strategies": definitions["strategy"],
                          "initiatives": definitions["initiative"], "outcomeIndicators": definitions["outcomeIndicator"],
                          "measurements": definitions["measurement"], "reformItems": definitions["reformItem"],
                          "pillar": definitions["pillar"], "selfEvaluation": definitions["selfEvaluation"],
                          "budgetLines": definitions["budgetLine"]]
        #expect(Set(containers.keys) == Set(JSONKnownKeys.byContainer.keys))
        for (container, object) in containers {
            let properties = try #require(object?["properties"] as? [String: Any], "\(container)")
            #expect(Set(properties.keys) == JSONKnownKeys.byContainer[container], "\(container)")
            for (key, property) in properties {
                let described = (property as? [String: Any])?["description"] != nil || (property as? [String: Any])?["$ref"] != nil
                #expect(described, "\(container).\(key) has no description")
            }
        }
    }

    /// The 1-based line and column where `needle` starts in `text`, counted here independently of the reader.
    private func place(of needle: String, in text: String) throws -> (line: Int, column: Int) {
        let range = try #require(text.range(of: needle))
        let before = text[..<range.lowerBound]
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return (before.count { $0 == "\n" } + 1, before[lineStart...].count + 1)
    }

    @Test("a bad status, a missing initiative title and a misspelled key each name the field path, line and column")
    func locatedMessages() throws {
        let plan = String(decoding: try PlanJSON.encode(Fixtures.smallPlan()), as: UTF8.self)
        let badStatus = plan.replacingOccurrences(of: "\"final\"", with: "\"finale\"")
        let status = try place(of: "\"finale\"", in: badStatus)
        #expect { try PlanJSON.decode(Data(badStatus.utf8), file: "p.json") } throws: { error in
            let error = error as? WardPlanError
            return error?.location.field == "status" && error?.location.line == status.line && error?.location.column == status.column
                && error?.message.english.hasPrefix("\"finale\" is not a plan state; it is one of \"outline\" (素案)") == true
        }
        let noTitle = plan.replacingOccurrences(of: "\"title\" : \"取組1-1-2\"", with: "\"titl\" : \"取組1-1-2\"")
        let id = try #require(noTitle.range(of: "\"id\" : \"1-1-2\""))
        let brace = try #require(noTitle[..<id.lowerBound].lastIndex(of: "{"))
        let object = try place(of: String(noTitle[brace..<id.upperBound]), in: noTitle)
        #expect { try PlanJSON.decode(Data(noTitle.utf8), file: "p.json") } throws: { error in
            let error = error as? WardPlanError
            return error?.message.english == "the plan lacks the required field \"title\""
                && error?.location.field == "issues[0].strategies[0].initiatives[1].title"
                && error?.location.line == object.line && error?.location.column == object.column
        }
        let misspelled = plan.replacingOccurrences(of: "\"head\"", with: "\"haed\"")
        let value = try place(of: "\"大阪 太郎\"", in: misspelled)
        var reader = PlanDatasetReader(source: ByteSource(data: Data(misspelled.utf8)), file: "p.json")
        let located = try #require(try reader.nextLocated())
        #expect(located.diagnostics.map(\.description) == [
            "p.json:\(value.line):\(value.column): error: the key \"haed\" is not part of a plan's JSON (did you mean \"head\"?); "
                + "its value is not read [haed]",
        ])
    }
}
