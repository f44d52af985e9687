import VixenCore

/// OPS: every file under the CI, container and deployment folders at the root: `.github`,
/// `.gitlab`, `.ci`, `.devcontainer`, `docker`, `deploy`, `infra`, `k8s`, `helm` and `terraform`.
///
/// All of `.github` counts, Dependabot and CODEOWNERS included: they configure the
/// repository's automation, and in a repository whose root is a Python or Node app they would
/// otherwise count as a change to that app.
///
/// Folders of these names deeper in the tree are not claimed, because a `deploy` package
/// inside an app is usually app code.
struct OperationsFolderRule: FolderRule {
    let component = Component.operations

    private static let folders: Set<Substring> = [
        ".github", ".gitlab", ".ci", ".devcontainer", "docker", "deploy", "infra", "k8s", "helm", "terraform",
    ]

    func claims(folder: Substring, path: String) -> Bool {
        Self.folders.contains(folder)
    }
}
