import Foundation
import VixenCore
import VixenDeploy
import VixenGit
import VixenTestSupport

/// A bare remote and two clones of it, as two CI runners see one repository.
///
/// The first clone commits `BE/app.py` and `FE/app.js` on `main` and pushes it; the second clone
/// is made afterwards, so both start from that commit.
struct SharedRepository {
    let remote: GitRepository
    let first: GitRepository
    let second: GitRepository
    /// The commit both clones start from.
    let initial: ObjectID

    init() throws {
        remote = try GitRepository(bare: true)
        first = try remote.clone()
        try first.write("BE/app.py", "print('one')\n")
        try first.write("FE/app.js", "console.log(1);\n")
        initial = ObjectID(hex: try first.commit("Start the app"))
        try first.push("origin", ["HEAD:refs/heads/main"])
        second = try remote.clone()
    }

    /// Commits a change of `lines` lines to `path` in `clone` and pushes it to `main`.
    @discardableResult
    func commit(
        in clone: GitRepository, path: String = "BE/app.py", lines: Int = 1, message: String = "feat: change the app"
    ) throws -> ObjectID {
        let text = (0..<lines).map { "line \($0) of \(message)" }.joined(separator: "\n") + "\n"
        try clone.write(path, text)
        let commit = ObjectID(hex: try clone.commit(message))
        try clone.push("origin", ["HEAD:refs/heads/main"])
        return commit
    }

    /// Brings `clone`'s work tree up to the remote's `main`, as a runner's checkout does.
    func pull(_ clone: GitRepository) throws {
        try clone.git("pull", "--quiet", "--ff-only", "origin", "main")
    }

    /// Returns the commit the remote's reference `name` points at, or nil when it is absent.
    func remoteReference(_ name: String) throws -> String? {
        let result = try remote.run(["rev-parse", "--verify", "--quiet", name])
        guard result.status == 0 else {
            return nil
        }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Opens a state store on `clone`, shared through `origin`.
    static func store(_ clone: GitRepository, clock: TestClock, remote: String = "origin") throws -> DeployStateStore {
        let repository = try Repository.open(path: clone.path, currentDirectory: "/", environment: [:])
        return try DeployStateStore(
            repository: repository, remoteName: remote, environment: clone.environment, clock: clock.reading)
    }

    /// Records `commit` as deployed to `target` with `sequence`, as `state init` does.
    static func record(
        _ commit: ObjectID, target: DeployTarget, sequence: Int, store: DeployStateStore, time: Date,
        result: DeploymentResult = .succeeded
    ) throws {
        let current = try store.state(of: target)
        let record = DeploymentRecord(
            commit: commit, sequence: sequence, version: SemanticVersion(major: 1, minor: 3, patch: 0), time: time,
            components: [.backend], result: result, source: .stateInit)
        let change = StateChange(
            target: target,
            notes: [
                StateChange.NoteWrite(commit: commit, note: StateNote(target: target.stateTarget, deployment: record))
            ],
            notesParent: current.notesCommit, move: StateChange.Move(expected: current.deployedCommit, new: commit))
        try store.apply(change)
    }

    /// Returns a lock owner on host `host` that took the lock at `time`.
    static func owner(_ host: String, time: Date) -> LockOwner {
        LockOwner(host: host, processID: 4242, ciJobURL: "https://ci.example.com/jobs/7", command: "deploy", time: time)
    }
}
