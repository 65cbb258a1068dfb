import WardPlanExport

/// Turns exporters' options written as flags (`--encoding cp932`, `--encoding=cp932`, `--lines`,
/// `--lines false`, `--no-formula-guard`) into the `-O name=value` form the export command takes, using the
/// options the registered exporters declare — no format's flag is written into the command line tool itself.
/// The chosen format's declarations (`--format NAME`) come first when two formats share an option name.
enum FormatOptionArguments {
    /// The arguments with every declared option's flag rewritten; the rest unchanged. Stops at `--`.
    static func rewrite(_ arguments: [String], registry: ExporterRegistry, reserved: Set<String>) -> [String] {
        let chosen = formatName(in: arguments).flatMap { try? registry.exporter(named: $0) }
        var byName: [String: OptionDeclaration] = [:]
        for declaration in (chosen?.declarations ?? []) + registry.all.flatMap(\.declarations) where !reserved.contains(declaration.name) {
            byName[declaration.name] = byName[declaration.name] ?? declaration
        }
        var result: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                result += arguments[(index - 1)...]
                break
            }
            guard argument.hasPrefix("--") else {
                result.append(argument)
                continue
            }
            let body = argument.dropFirst(2)
            let name = String(body.prefix { $0 != "=" })
            let inlineValue = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
            if let declaration = byName[name] {
                if let inlineValue {
                    result += ["-O", "\(name)=\(inlineValue)"]
                } else if declaration.kind == .flag {
                    let value = index < arguments.endIndex ? OptionDeclaration.flagValue(arguments[index]) : nil
                    if value != nil { index += 1 }
                    result += ["-O", "\(name)=\(value ?? true)"]
                } else if index < arguments.endIndex {
                    result += ["-O", "\(name)=\(arguments[index])"]
                    index += 1
                } else {
                    result += ["-O", name]
                }
            } else if name.hasPrefix("no-"), inlineValue == nil, let declaration = byName[String(name.dropFirst(3))],
                declaration.kind == .flag
            {
                result += ["-O", "\(declaration.name)=false"]
            } else {
                result.append(argument)
            }
        }
        return result
    }

    /// The value of `--format NAME` or `--format=NAME`, if given.
    private static func formatName(in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { return nil }
            if argument.hasPrefix("--format=") { return String(argument.dropFirst("--format=".count)) }
            if argument == "--format", index + 1 < arguments.count { return arguments[index + 1] }
        }
        return nil
    }
}
