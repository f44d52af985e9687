import Foundation
import Testing
import VixenCore

@testable import VixenCLI

private func id(_ digit: Character) -> ObjectID {
    ObjectID(hex: String(repeating: digit, count: 40))
}

private func commit(_ digit: Character) -> CommitChange {
    CommitChange(
        id: id(digit), parents: [], summary: "Commit \(digit)", authorName: "Tester",
        time: Date(timeIntervalSince1970: 0), files: [])
}

private func file(_ path: String, blob: Character) -> FileChange {
    FileChange(path: path, status: .added, content: .binary, size: 1, newBlob: id(blob))
}

@Suite struct HookChangeSetMergerTests {
    @Test func commitsAppearOnceInOrder() {
        let first = ChangeSet(
            base: id("0"), head: id("2"), diffBase: id("0"), commits: [commit("1"), commit("2")],
            overall: [file("a.txt", blob: "a")])
        let second = ChangeSet(
            base: id("0"), head: id("3"), diffBase: id("0"), commits: [commit("1"), commit("3")],
            overall: [file("a.txt", blob: "a"), file("b.txt", blob: "b")])
        var seen = Set<ObjectID>()

        let merged = ChangeSetMerger.merge([first, second], seen: &seen)

        #expect(merged.commits.map(\.id) == [id("1"), id("2"), id("3")])
        #expect(merged.overall.map(\.path) == ["a.txt", "b.txt"])
        #expect(merged.base == id("0"))
        #expect(merged.head == id("2"))
        #expect(seen == [id("1"), id("2"), id("3")])
    }

    @Test func sameFileWithOtherBlobIsKept() {
        let first = ChangeSet(
            base: nil, head: id("1"), diffBase: nil, commits: [commit("1")], overall: [file("a.txt", blob: "a")])
        let second = ChangeSet(
            base: nil, head: id("2"), diffBase: nil, commits: [commit("2")], overall: [file("a.txt", blob: "b")])
        var seen = Set<ObjectID>()

        let merged = ChangeSetMerger.merge([first, second], seen: &seen)

        #expect(merged.overall.map(\.newBlob) == [id("a"), id("b")])
    }

    @Test func setsWithOnlySeenCommitsContributeNothing() {
        let done = ChangeSet(
            base: id("0"), head: id("1"), diffBase: id("0"), commits: [commit("1")],
            overall: [file("old.txt", blob: "a")])
        let fresh = ChangeSet(
            base: id("1"), head: id("2"), diffBase: id("1"), commits: [commit("2")],
            overall: [file("new.txt", blob: "b")])
        var seen: Set<ObjectID> = [id("1")]

        let merged = ChangeSetMerger.merge([done, fresh], seen: &seen)

        #expect(merged.commits.map(\.id) == [id("2")])
        #expect(merged.overall.map(\.path) == ["new.txt"])
        #expect(merged.base == id("1"))
        #expect(merged.head == id("2"))
    }

    @Test func nothingNewGivesEmptySet() {
        let done = ChangeSet(base: nil, head: id("1"), diffBase: nil, commits: [commit("1")], overall: [])
        var seen: Set<ObjectID> = [id("1")]

        let merged = ChangeSetMerger.merge([done], seen: &seen)

        #expect(merged.commits == [])
        #expect(merged.overall == [])
        #expect(merged.head == nil)
    }
}
