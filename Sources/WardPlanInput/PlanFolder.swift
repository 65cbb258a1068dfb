import Foundation
import WardPlan

/// A folder given as an input: the plan files in it and in its subfolders, and what was found there and not read.
///
/// A file is read when its extension is one of ``planExtensions`` (in any case). Names beginning with `.` are
/// hidden and passed over (`.git`, `.DS_Store`); every other file that is not read, every link to a folder (not
/// followed, so that a link cannot lead the walk in a circle) and every subfolder that cannot be listed is named in
/// a warning.
struct PlanFolder {
    /// The extensions of the files read from a folder: JSON, JSON Lines, published text, saved web pages.
    static let planExtensions = ["json", "jsonl", "txt", "htm", "html"]

    /// The plan files, in the order of their names; a subfolder's files where the subfolder's name falls.
    private(set) var files: [String] = []
    /// A warning for each file or link found and not read.
    private(set) var notices: [Diagnostic] = []

    /// The folder at `path`, or `nil` when `path` is not a folder.
    /// - Throws: ``WardPlan/WardPlanError`` of kind ``WardPlan/WardPlanError/Kind/unreadableInput`` when the folder
    ///   cannot be listed, or ``WardPlan/WardPlanError/Kind/invalidInput`` when it holds no plan file (with the
    ///   warnings about what it holds).
    init?(atPath path: String) throws(WardPlanError) {
        guard Self.isFolder(path) else { return nil }
        let manager = FileManager.default
        // Entries are named under the folder as given, without its trailing slashes (`plans//` gives `plans/x.json`).
        var folder = path[...]
        while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }
        do { try walk(String(folder), names: manager.contentsOfDirectory(atPath: path), manager: manager) } catch {
            throw WardPlanError(.unreadableInput, .cannotRead(error.localizedDescription), path: path)
        }
        guard !files.isEmpty else {
            throw WardPlanError(.invalidInput, .folderHoldsNoPlanFile(extensions: Self.extensionList), path: path,
                                diagnostics: notices)
        }
    }

    /// `.json, .jsonl, .txt, .htm, .html`, for messages.
    static var extensionList: String { planExtensions.map { "." + $0 }.joined(separator: ", ") }

    /// Takes in the entries `names` of `folder`, and those of its subfolders.
    private mutating func walk(_ folder: String, names: [String], manager: FileManager) {
        let parent = folder == "/" ? "/" : folder + "/"
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = parent + name
            if Self.isFolder(path) {
                if (try? manager.destinationOfSymbolicLink(atPath: path)) != nil {
                    notices.append(Diagnostic(.warning, .linkToFolderNotFollowed, at: SourceLocation(file: path)))
                } else {
                    do { try walk(path, names: manager.contentsOfDirectory(atPath: path), manager: manager) } catch {
                        notices.append(Diagnostic(.warning, .cannotRead(error.localizedDescription), at: SourceLocation(file: path)))
                    }
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
