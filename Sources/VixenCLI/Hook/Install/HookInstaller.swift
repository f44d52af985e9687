import Foundation
import VixenCore

/// Writes and removes the pre-push hook of one repository.
///
/// An existing pre-push hook that vixen-gate did not write is renamed to
/// ``HookScript/previousHookName`` and chained, never overwritten. Installing again rewrites
/// only the hook vixen-gate wrote, and uninstalling renames the previous hook back, so the
/// folder ends up as it was before the first install.
struct HookInstaller {
    let location: HooksLocation
    private let fileManager = FileManager.default

    init(location: HooksLocation) {
        self.location = location
    }

    /// Installs the hook that runs `executable`, and returns what was done.
    ///
    /// - Parameter intoHooksPath: Permits installing into `core.hooksPath`'s folder. It is
    ///   required when `core.hooksPath` is set, because git then runs hooks from that folder
    ///   only, and that folder may be shared by other repositories or tracked in this one.
    func install(executable: String, intoHooksPath: Bool) throws(RunFailure) -> [LocalizedText] {
        let folder: String
        switch (location.hooksPathFolder, intoHooksPath) {
        case (nil, true):
            throw .message(Catalog.hookInstallHooksPathUnset(defaultFolder: location.defaultFolder))
        case (let configured?, false):
            throw .message(
                Catalog.hookInstallNeedsHooksPathOption(
                    value: location.hooksPathSetting ?? configured, folder: configured))
        case (let configured?, true):
            folder = configured
        case (nil, false):
            folder = location.defaultFolder
        }

        let hook = path(folder, "pre-push")
        let previous = path(folder, HookScript.previousHookName)
        if let installed = installedScript(at: hook) {
            let script = HookScript(executable: executable, createdFolder: HookScript.recordsCreatedFolder(installed))
            guard script.text != installed else {
                return [Catalog.hookInstallUnchanged(path: hook)]
            }
            try write(script, to: hook)
            return [Catalog.hookInstallUpdated(path: hook, executable: executable)]
        }

        var createdFolder = false
        if !itemExists(folder) {
            try perform(on: folder) {
                try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            createdFolder = true
        }
        var messages = [Catalog.hookInstalled(path: hook, executable: executable)]
        if itemExists(hook) {
            guard !itemExists(previous) else {
                throw .message(Catalog.hookInstallPreviousExists(hook: hook, previous: previous))
            }
            try perform(on: hook) { try fileManager.moveItem(atPath: hook, toPath: previous) }
            messages.append(Catalog.hookInstallChained(previous: previous))
        } else if itemExists(previous) {
            // An earlier install left it behind and its hook was deleted since. The new hook chains it too.
            messages.append(Catalog.hookInstallChained(previous: previous))
        }
        try write(HookScript(executable: executable, createdFolder: createdFolder), to: hook)
        return messages
    }

    /// Removes the hook from the folder git runs hooks from, restores the previous hook, and
    /// returns what was done.
    ///
    /// A pre-push hook that vixen-gate did not write is left as it is.
    func uninstall() throws(RunFailure) -> [LocalizedText] {
        let folder = location.activeFolder
        let hook = path(folder, "pre-push")
        let previous = path(folder, HookScript.previousHookName)
        guard itemExists(hook) else {
            return [Catalog.hookUninstallNotInstalled(path: hook)]
        }
        guard let installed = installedScript(at: hook) else {
            return [Catalog.hookUninstallForeign(path: hook)]
        }

        try perform(on: hook) { try fileManager.removeItem(atPath: hook) }
        var messages = [Catalog.hookUninstalled(path: hook)]
        if itemExists(previous) {
            try perform(on: previous) { try fileManager.moveItem(atPath: previous, toPath: hook) }
            messages.append(Catalog.hookUninstallRestored(previous: previous, path: hook))
        }
        if HookScript.recordsCreatedFolder(installed),
            (try? fileManager.contentsOfDirectory(atPath: folder))?.isEmpty == true
        {
            try perform(on: folder) { try fileManager.removeItem(atPath: folder) }
            messages.append(Catalog.hookUninstallRemovedFolder(folder))
        }
        return messages
    }

    /// Returns the text of the hook at `path` when `hook install` wrote it, else nil.
    ///
    /// A symbolic link is never taken for an installed hook, even one that leads to a file
    /// with the marker, because the install always writes a regular file.
    private func installedScript(at path: String) -> String? {
        guard let attributes = try? fileManager.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let data = fileManager.contents(atPath: path)
        else {
            return nil
        }
        let text = String(decoding: data, as: UTF8.self)
        return HookScript.isInstalled(text) ? text : nil
    }

    /// Returns true when `path` exists, counting a symbolic link whose target is missing.
    private func itemExists(_ path: String) -> Bool {
        (try? fileManager.attributesOfItem(atPath: path)) != nil
    }

    /// Writes the script through a temporary file in the same folder, then renames it over
    /// `path`, so git never runs a half-written hook.
    private func write(_ script: HookScript, to path: String) throws(RunFailure) {
        let temporary = path + ".vixen-gate-new"
        try perform(on: path) {
            try Data(script.text.utf8).write(to: URL(fileURLWithPath: temporary))
            try fileManager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: temporary)
            guard rename(temporary, path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? fileManager.removeItem(atPath: temporary)
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
            }
        }
    }

    private func path(_ folder: String, _ name: String) -> String {
        URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent(name).path
    }

    /// Runs a file operation on `path`, turning its error into a message that names the path.
    private func perform(on path: String, _ operation: () throws -> Void) throws(RunFailure) {
        do {
            try operation()
        } catch {
            throw .message(Catalog.hookFileOperationFailed(path: path, reason: error.localizedDescription))
        }
    }
}
