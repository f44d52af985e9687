import VixenCore

/// OPS: every file under the CI and deployment folders at the root: `.github/workflows`,
/// `.github/actions`, `.gitlab/ci`, `.ci`, `deploy` and `infra`.
///
/// Folders of these names deeper in the tree are not claimed, because a `deploy` package
/// inside an app is usually app code.
struct OperationsFolderRule: FolderRule {
    let component = Component.operations

    private static let folders: Set<Substring> = [
        ".github/workflows", ".github/actions", ".gitlab/ci", ".ci", "deploy", "infra",
    ]

    func claims(folder: Substring, path: String) -> Bool {
        Self.folders.contains(folder)
    }
}
