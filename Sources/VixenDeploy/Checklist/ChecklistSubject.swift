import VixenCore

/// The files a checklist item's rules examine, so that an item whose range contains none of them
/// is not called verified.
///
/// Each case mirrors the file selection of the rules in the checks module: the plan sees paths and
/// components only, so the selection is by path. A rule that reports a finding on a file outside it
/// still makes the item applicable, because findings count before subjects.
public enum ChecklistSubject: Sendable, Equatable {
    /// A file that the range adds, modifies, renames or changes the type of: the secret rules read
    /// every added line and every file name.
    case anyFile
    /// A changed file of one component, deleted files included, since removing a read can leave a
    /// documented variable unused.
    case componentFile(Component)
    /// A Python file of the backend, outside tests and migrations, which resolve to other components.
    case backendPython
    /// A JavaScript, TypeScript, Vue or Svelte file of the frontend that is not a test.
    case frontendSource
    /// An image, font, video or source map outside documentation and tests.
    case servedAsset
    /// `Dockerfile`, `Dockerfile.<name>` or `<name>.Dockerfile`, in any case.
    case dockerfile
    /// A changed file of the DB component, which the plan lists as a migration.
    case migration

    /// Returns whether `files` contains something of this subject.
    public func isPresent(in files: [PlanInput.ChangedFile]) -> Bool {
        files.contains { matches($0) }
    }

    func matches(_ file: PlanInput.ChangedFile) -> Bool {
        switch self {
        case .anyFile:
            return file.status != .deleted
        case .componentFile(let component):
            return file.component == component
        case .backendPython:
            return file.status != .deleted && file.component == .backend
                && Self.pythonExtensions.contains(Self.fileExtension(of: file.path))
        case .frontendSource:
            return file.status != .deleted && file.component == .frontend && Self.isFrontendSource(file.path)
        case .servedAsset:
            let served = file.component != .docs && file.component != .tests
            return file.status != .deleted && served
                && Self.assetExtensions.contains(Self.fileExtension(of: file.path))
        case .dockerfile:
            return file.status != .deleted && Self.isDockerfile(file.path)
        case .migration:
            return file.component == .database
        }
    }

    /// Returns the phrase stating that the range lacks this subject, such as `no Dockerfile changed`.
    public var absence: LocalizedText {
        switch self {
        case .anyFile: Catalog.planChecklistNoFileChanged()
        case .componentFile(let component): Catalog.planChecklistNoComponentFileChanged(component.name)
        case .backendPython: Catalog.planChecklistNoBackendPythonChanged()
        case .frontendSource: Catalog.planChecklistNoFrontendSourceChanged()
        case .servedAsset: Catalog.planChecklistNoAssetChanged()
        case .dockerfile: Catalog.planChecklistNoDockerfileChanged()
        case .migration: Catalog.planChecklistNoMigrationChanged()
        }
    }

    private static let pythonExtensions: Set<String> = ["py", "pyi"]
    private static let scriptExtensions: Set<String> = [
        "js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "vue", "svelte",
    ]
    private static let assetExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "bmp", "ico", "tif", "tiff", "heic", "heif",
        "woff", "woff2", "ttf", "otf", "eot", "mp4", "webm", "mov", "m4v", "avi", "mkv", "ogv", "map",
    ]
    private static let notDockerfileExtensions: Set<String> = ["dockerignore", "md", "txt", "rst", "adoc"]

    private static func fileName(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Returns the extension in lower case, or an empty string for a name without one or a dot file.
    private static func fileExtension(of path: String) -> String {
        let name = fileName(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            return ""
        }
        return name[name.index(after: dot)...].lowercased()
    }

    /// Returns whether a frontend path is a script, leaving out names such as `app.test.ts` and files
    /// under `__tests__/`.
    private static func isFrontendSource(_ path: String) -> Bool {
        let parts = fileName(of: path).lowercased().split(separator: ".")
        guard parts.count >= 2, let last = parts.last, scriptExtensions.contains(String(last)) else {
            return false
        }
        let inner = parts.dropFirst().dropLast()
        return !inner.contains("test") && !inner.contains("spec") && !path.contains("__tests__/")
    }

    private static func isDockerfile(_ path: String) -> Bool {
        let name = fileName(of: path).lowercased()
        let fileExtension = name.split(separator: ".").last.map(String.init) ?? ""
        guard !notDockerfileExtensions.contains(fileExtension) else {
            return false
        }
        return name == "dockerfile" || name.hasPrefix("dockerfile.") || name.hasSuffix(".dockerfile")
    }
}
