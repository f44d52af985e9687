import VixenChecks
import VixenCore
import VixenReport

/// Assembles a ``Report`` from the changes read and the findings of the checks.
struct ReportBuilder {
    let changes: ChangeSet
    let components: ComponentResolver

    /// - Parameter baselined: How many findings the secret baseline left out of `findings`.
    func report(findings: [Finding], staged: Bool, worktree: Bool, baselined: Int = 0) -> Report {
        let files = changes.changedFiles.map { file in
            Report.File(
                path: file.path, oldPath: file.oldPath, status: file.status,
                component: components.component(for: file.path))
        }
        let changed = Set(files.compactMap(\.component)).sorted()
        let range = Report.Range(
            base: changes.base, head: changes.head, commits: changes.commits.count, includesStaged: staged,
            includesWorktree: worktree)
        return Report(range: range, components: changed, files: files, findings: findings, baselined: baselined)
    }
}
