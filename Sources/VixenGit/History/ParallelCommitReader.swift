import Dispatch
import Foundation
import Synchronization
import VixenCore

/// Reads the changes of many commits on several threads and hands them back in range order.
///
/// Each thread reads through its own repository handle, because libgit2 lets one handle be used
/// by one thread at a time. Commits are read in batches so memory stays bounded on a long
/// history while the threads share the work through an atomic counter.
struct ParallelCommitReader {
    /// Ranges shorter than this are read on the calling thread: opening more handles costs more
    /// than the threads save.
    static let minimumCommits = 64
    static let batchSize = 128

    private let workers: [Worker]

    /// One thread's repository handle and the reader that uses it.
    private struct Worker: @unchecked Sendable {
        let repository: Repository
        let reader: ChangeReader
    }

    /// Returns nil when one thread is all the machine offers.
    init?(repository: Repository, options: ReadOptions) throws(GitError) {
        let count = min(ProcessInfo.processInfo.activeProcessorCount, 4)
        guard count > 1 else {
            return nil
        }
        var workers: [Worker] = []
        for _ in 0..<count {
            let handle = try repository.openObjectReader()
            workers.append(Worker(repository: handle, reader: try ChangeReader(repository: handle, options: options)))
        }
        self.workers = workers
    }

    func read(_ nodes: [CommitGraph.Node], _ body: (CommitChange) throws(GitError) -> Void) throws(GitError) {
        var start = 0
        while start < nodes.count {
            let batch = Array(nodes[start..<min(start + Self.batchSize, nodes.count)])
            for result in readBatch(batch) {
                try body(try result.get())
            }
            start += batch.count
        }
    }

    private func readBatch(_ batch: [CommitGraph.Node]) -> [Result<CommitChange, GitError>] {
        let slots = ResultSlots(count: batch.count)
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers.count) { index in
            let worker = workers[index]
            while true {
                let item = next.add(1, ordering: .relaxed).oldValue
                guard item < batch.count else {
                    return
                }
                slots.store(
                    item,
                    Result { () throws(GitError) in
                        try worker.repository.commitChange(batch[item], reader: worker.reader)
                    })
            }
        }
        return slots.results
    }
}

/// Per-commit results written by several threads, each slot by exactly one of them.
///
/// The slots live in manually allocated memory rather than a Swift array property, so that
/// concurrent writes to different slots do not count as overlapping accesses to one property.
private final class ResultSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Result<CommitChange, GitError>?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// Stores one result.
    ///
    /// Needs no lock, because no two threads write the same slot and nothing reads until
    /// `DispatchQueue.concurrentPerform` has returned.
    func store(_ index: Int, _ result: Result<CommitChange, GitError>) {
        slots[index] = result
    }

    var results: [Result<CommitChange, GitError>] {
        slots.map { $0 ?? .failure(.library(function: "ParallelCommitReader", code: -1, message: "no result")) }
    }
}
