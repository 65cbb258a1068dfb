import CFileExchange
import WardPlan
import WardPlanMessages

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a folder of files so that a failure — or the process being killed — leaves either the old
/// folder or the new one: the files are staged in a folder beside the target, which is then switched
/// with it in one step (Linux `renameat2(RENAME_EXCHANGE)`; elsewhere two renames).
///
/// An existing folder is replaced only when it holds nothing but files an export writes (the names
/// in `expectedNames`, or nothing at all): WardPlan never deletes files it did not write. Staging folders
/// that a killed run left beside the target are removed by the next run.
public enum AtomicFolder {
    /// Runs `body` with a staging folder, then switches it into place at `path`.
    public static func write(to path: String, expectedNames: (String) -> Bool, _ body: (String) throws -> Void) throws(WardPlanError) {
        let target = FilePath.resolvingLinks(path)
        let existing = FilePath.status(of: target)
        if let existing, !existing.isFolder {
            throw WardPlanError(.outputFailed, .outputIsFile, path: path)
        }
        if existing != nil {
            let foreign = try FilePath.names(in: target).filter { !expectedNames($0) }
            guard foreign.isEmpty else {
                let shown = foreign.prefix(3).joined(separator: ", ") + (foreign.count > 3 ? ", …" : "")
                throw WardPlanError(.outputFailed, .foreignFiles(shown), path: path)
            }
        }
        let staging = try makeStagingFolder(beside: target, named: path)
        do {
            try body(staging)
            try switchIntoPlace(staging, target: target, replacing: existing != nil, named: path)
        } catch {
            FilePath.removeTree(staging)
            throw WardPlanError.wrapping(error, path: path)
        }
    }

    private static func makeStagingFolder(beside target: String, named path: String) throws(WardPlanError) -> String {
        let parent = FilePath.folder(of: target)
        guard let status = FilePath.status(of: parent), status.isFolder else {
            throw WardPlanError(.outputFailed, .folderMissing(parent), path: path)
        }
        FilePath.removeStaleTemporaries(in: parent)
        let staging = FilePath.temporaryName(in: parent, suffix: ".tmp")
        guard mkdir(staging, 0o777) == 0 else {
            throw WardPlanError(.outputFailed, .noStagingFolder(SystemError.text()), path: path)
        }
        return staging
    }

    /// Puts the staged folder at `target`: a plain rename when there is no folder yet; otherwise an atomic
    /// exchange, after which the old folder (now at the staging name) is removed.
    private static func switchIntoPlace(_ staging: String, target: String, replacing: Bool, named path: String) throws(WardPlanError) {
        guard replacing else {
            try FilePath.rename(staging, to: target, named: path)
            return
        }
        if wardplan_exchange_paths(staging, target) == 0 {
            FilePath.removeTree(staging)
            return
        }
        guard errno == ENOSYS || errno == EINVAL else {
            throw WardPlanError(.outputFailed, .cannotSwitchFolder(SystemError.text()), path: path)
        }
        let old = FilePath.temporaryName(in: FilePath.folder(of: target), suffix: ".old")
        try FilePath.rename(target, to: old, named: path)
        do { try FilePath.rename(staging, to: target, named: path) } catch {
            _ = Glibc.rename(old, target)
            throw error
        }
        FilePath.removeTree(old)
    }
}
