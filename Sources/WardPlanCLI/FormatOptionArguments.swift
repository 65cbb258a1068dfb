import WardPlanExport

/// Turns exporters' options written as flags (`--encoding cp932`, `--encoding=cp932`, `--lines`,
/// `--no-formula-guard`) into the `-O name=value` form the export command takes, using the options the
/// registered exporters declare — no format's flag is written into the command line tool itself.
enum FormatOptionArguments {
    /// The arguments with every declared option's flag rewritten; the rest unchanged. Stops at `--`.
    static func rewrite(_ arguments: [String], declarations: [OptionDeclaration], reserved: Set<String>) -> [String] {
        var byName: [String: OptionDeclaration] = [:]
        for declaration in declarations where !reserved.contains(declaration.name) {
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
                    result += ["-O", "\(name)=true"]
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
}
