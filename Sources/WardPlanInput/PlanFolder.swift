import Foundation
import WardPlan

/// A folder given as an input: the plan files in it and in its subfolders, and what was found there and not read.
///
/// A file is read when its extension is one of ``planExtensions`` (in any case). Names beginning with `.` are
/// hidden and passed over (`.git`, `.DS_Store`); every other file that is not read, and every link to a folder
/// (not followed, so that a link cannot lead the walk in a circle), is named in a warning.
struct PlanFolder {
    /// The extensions of the files read from a folder: JSON, JSON Lines, published text, saved web pages.
    static let planExtensions = ["json", "jsonl", "txt", "htm", "html"]

    /// The plan files, in the order of their names; a subfolder's files where the subfolder's name falls.
    private(set) var files: [String] = []
    /// A warning for each file or link found and not read.
    private(set) var notices: [Diagnostic] = []

    /// The folder at `path`, or `nil` when `path` is not a folder.
    /// - Throws: ``WardPlan/WardPlanError`` of kind ``WardPlan/WardPlanError/Kind/unreadableInput`` naming a folder
    ///   that cannot be listed, or ``WardPlan/WardPlanError/Kind/invalidInput`` when the folder holds no plan file.
    init?(atPath path: String) throws(WardPlanError) {
        guard Self.isFolder(path) else { return nil }
        try walk(path)
        guard !files.isEmpty else {
            throw WardPlanError(.invalidInput, .folderHoldsNoPlanFile(extensions: Self.extensionList), path: path)
        }
    }

    /// `.json, .jsonl, .txt, .htm, .html`, for messages.
    static var extensionList: String { planExtensions.map { "." + $0 }.joined(separator: ", ") }

    private mutating func walk(_ folder: String) throws(WardPlanError) {
        let manager = FileManager.default
        let names: [String]
        do { names = try manager.contentsOfDirectory(atPath: folder) } catch {
            throw WardPlanError(.unreadableInput, .cannotRead(error.localizedDescription), path: folder)
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = prefix + name
            if Self.isFolder(path) {
                if (try? manager.destinationOfSymbolicLink(atPath: path)) != nil {
                    notices.append(Diagnostic(.warning, .linkToFolderNotFollowed, at: SourceLocation(file: path)))
                } else {
                    try walk(path)
                }
            } else if Self.planExtensions.contains(name.lowercasedFileExtension) {
                // A link to nothing is kept too: opening it says so, as it would for a file named on the command line.
                files.append(path)
            } else {
                notices.append(Diagnostic(.warning, .notAPlanFile(extensions: Self.extensionList), at: SourceLocation(file: path)))
            }
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
