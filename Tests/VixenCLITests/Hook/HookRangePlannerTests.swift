import Testing
import VixenCore
import VixenGit

@testable import VixenCLI

/// A repository's objects and refs as plain values, with a record of the globs read.
private final class FakeHistory: PushHistory {
    /// Every object the repository has, and the commit it peels to (nil for trees and blobs).
    var objects: [ObjectID: ObjectID?] = [:]
    var refsByGlob: [String: [ObjectID]] = [:]
    private(set) var globsRead: [String] = []

    func containsObject(_ id: ObjectID) -> Bool {
        objects[id] != nil
    }

    func peeledCommit(_ id: ObjectID) throws(GitError) -> ObjectID? {
        guard let peeled = objects[id] else {
            throw .missingObject(id: id.hex, path: nil)
        }
        return peeled
    }

    func referenceCommits(matching glob: String) throws(GitError) -> [ObjectID] {
        globsRead.append(glob)
        return refsByGlob[glob] ?? []
    }

    func addCommits(_ ids: ObjectID...) {
        for id in ids {
            objects[id] = .some(id)
        }
    }
}

/// Returns a 40-digit id made of `digit`, such as `aaaa…` for "a".
private func id(_ digit: Character, length: Int = 40) -> ObjectID {
    ObjectID(hex: String(repeating: digit, count: length))
}

private let base = id("1")
private let head = id("2")
private let remoteMain = id("3")
private let remoteFeature = id("4")
private let annotatedTag = id("5")
private let tree = id("6")
private let unknown = id("7")

private func makeHistory() -> FakeHistory {
    let history = FakeHistory()
    history.addCommits(base, head, remoteMain, remoteFeature)
    history.objects[annotatedTag] = .some(head)
    history.objects[tree] = .some(nil)
    history.refsByGlob["refs/remotes/origin/*"] = [remoteMain, remoteFeature, remoteMain]
    history.refsByGlob["refs/heads/*"] = [remoteMain]
    history.refsByGlob["refs/tags/*"] = [base]
    return history
}

private func update(_ ref: String, new: ObjectID?, old: ObjectID?) -> RefUpdate {
    RefUpdate(source: new == nil ? "(delete)" : ref, ref: ref, newID: new, oldID: old)
}

@Suite struct HookRangePlannerTests {
    // MARK: pre-push

    @Test func pushDeletionChecksNothing() throws {
        let history = makeHistory()
        let plan = try RangePlanner(history: history).planPush(
            update("refs/heads/old", new: nil, old: remoteMain), remote: "origin")
        #expect(plan == .deletion)
        #expect(history.globsRead == [])
    }

    @Test func pushNewBranchHidesRemoteTrackingRefs() throws {
        let plan = try RangePlanner(history: makeHistory()).planPush(
            update("refs/heads/feature", new: head, old: nil), remote: "origin")
        #expect(plan == .range(head: head, hidden: [remoteMain, remoteFeature], basis: .newRef))
    }

    @Test func pushNewBranchToRemoteWithoutTrackingRefs() throws {
        let history = makeHistory()
        let plan = try RangePlanner(history: history).planPush(
            update("refs/heads/feature", new: head, old: nil), remote: "file:///srv/app.git")
        #expect(plan == .range(head: head, hidden: [], basis: .newRef))
        #expect(history.globsRead == ["refs/remotes/file:///srv/app.git/*"])
    }

    @Test func pushUpdateHidesOldCommit() throws {
        let plan = try RangePlanner(history: makeHistory()).planPush(
            update("refs/heads/main", new: head, old: base), remote: "origin")
        #expect(plan == .range(head: head, hidden: [base], basis: .update))
    }

    @Test func pushUpdateFromUnknownCommitHidesRemoteTrackingRefs() throws {
        let plan = try RangePlanner(history: makeHistory()).planPush(
            update("refs/heads/main", new: head, old: unknown), remote: "origin")
        #expect(plan == .range(head: head, hidden: [remoteMain, remoteFeature], basis: .updateFromUnknownCommit))
    }

    @Test func pushUpdateFromTreeHidesRemoteTrackingRefs() throws {
        let plan = try RangePlanner(history: makeHistory()).planPush(
            update("refs/heads/main", new: head, old: tree), remote: "origin")
        #expect(plan == .range(head: head, hidden: [remoteMain, remoteFeature], basis: .updateFromUnknownCommit))
    }

    @Test func pushAnnotatedTagPeelsToCommit() throws {
        let plan = try RangePlanner(history: makeHistory()).planPush(
            update("refs/tags/v1.0", new: annotatedTag, old: nil), remote: "origin")
        #expect(plan == .range(head: head, hidden: [remoteMain, remoteFeature], basis: .tag))
    }

    @Test func pushMovedTagIsTreatedLikeNewRef() throws {
        let plan = try RangePlanner(history: makeHistory()).planPush(
            update("refs/tags/v1.0", new: head, old: base), remote: "origin")
        #expect(plan == .range(head: head, hidden: [remoteMain, remoteFeature], basis: .tag))
    }

    @Test func pushTagOfTreeBringsNoCommit() throws {
        let plan = try RangePlanner(history: makeHistory()).planPush(
            update("refs/tags/tree", new: tree, old: nil), remote: "origin")
        #expect(plan == .noCommit(tree))
    }

    @Test func pushMissingNewObjectThrows() {
        #expect(throws: GitError.missingObject(id: unknown.hex, path: nil)) {
            try RangePlanner(history: makeHistory()).planPush(
                update("refs/heads/main", new: unknown, old: nil), remote: "origin")
        }
    }

    @Test func pushReadsRemoteRefsOnce() throws {
        let history = makeHistory()
        let planner = RangePlanner(history: history)
        _ = try planner.planPush(update("refs/heads/a", new: head, old: nil), remote: "origin")
        _ = try planner.planPush(update("refs/heads/b", new: base, old: nil), remote: "origin")
        _ = try planner.planPush(update("refs/tags/c", new: head, old: nil), remote: "origin")
        #expect(history.globsRead == ["refs/remotes/origin/*"])
    }

    @Test func pushSHA256ObjectIDs() throws {
        let history = FakeHistory()
        let new = id("a", length: 64)
        let old = id("b", length: 64)
        history.addCommits(new, old)
        let plan = try RangePlanner(history: history).planPush(
            update("refs/heads/main", new: new, old: old), remote: "origin")
        #expect(plan == .range(head: new, hidden: [old], basis: .update))
    }

    // MARK: pre-receive

    @Test func receiveNewBranchHidesBranchesAndTags() throws {
        let history = makeHistory()
        let plan = try RangePlanner(history: history).planReceive(update("refs/heads/feature", new: head, old: nil))
        #expect(plan == .range(head: head, hidden: [base, remoteMain], basis: .newRef))
        #expect(history.globsRead == ["refs/heads/*", "refs/tags/*"])
    }

    @Test func receiveNewTagHidesBranchesAndTags() throws {
        let plan = try RangePlanner(history: makeHistory()).planReceive(
            update("refs/tags/v2", new: annotatedTag, old: nil))
        #expect(plan == .range(head: head, hidden: [base, remoteMain], basis: .tag))
    }

    @Test func receiveUpdateHidesOldCommit() throws {
        let plan = try RangePlanner(history: makeHistory()).planReceive(
            update("refs/heads/main", new: head, old: remoteMain))
        #expect(plan == .range(head: head, hidden: [remoteMain], basis: .update))
    }

    @Test func receiveDeletion() throws {
        let plan = try RangePlanner(history: makeHistory()).planReceive(
            update("refs/heads/main", new: nil, old: remoteMain))
        #expect(plan == .deletion)
    }

    @Test func receiveTagOfTree() throws {
        let plan = try RangePlanner(history: makeHistory()).planReceive(update("refs/tags/t", new: tree, old: nil))
        #expect(plan == .noCommit(tree))
    }

    // MARK: pre-commit framework

    @Test func preCommitRangeHidesStart() throws {
        let history = makeHistory()
        let plan = try RangePlanner(history: history).planPreCommit(from: base, to: head, remote: "origin")
        #expect(plan == .range(head: head, hidden: [base], basis: .update))
        #expect(history.globsRead == [])
    }

    @Test func preCommitWithoutStartHidesRemoteRefs() throws {
        let plan = try RangePlanner(history: makeHistory()).planPreCommit(from: nil, to: head, remote: "origin")
        #expect(plan == .range(head: head, hidden: [remoteMain, remoteFeature], basis: .newRef))
    }

    @Test func preCommitWithoutStartOrRemoteHidesNothing() throws {
        let history = makeHistory()
        let plan = try RangePlanner(history: history).planPreCommit(from: nil, to: head, remote: nil)
        #expect(plan == .range(head: head, hidden: [], basis: .newRef))
        #expect(history.globsRead == [])
    }
}
