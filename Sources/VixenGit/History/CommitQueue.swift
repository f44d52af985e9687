/// A max-heap of commits ordered by commit time, newest first, as git's walks visit them.
///
/// Ties go to the commit inserted first, so walks are deterministic when commit times repeat.
struct CommitQueue {
    private struct Entry {
        let node: CommitGraph.Node
        let sequence: Int
    }

    private var heap: [Entry] = []
    private var nextSequence = 0

    var isEmpty: Bool { heap.isEmpty }
    var entries: some Sequence<CommitGraph.Node> { heap.lazy.map(\.node) }

    mutating func push(_ node: CommitGraph.Node) {
        heap.append(Entry(node: node, sequence: nextSequence))
        nextSequence += 1
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard precedes(heap[child], heap[parent]) else {
                break
            }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> CommitGraph.Node? {
        guard !heap.isEmpty else {
            return nil
        }
        heap.swapAt(0, heap.count - 1)
        let top = heap.removeLast()
        var parent = 0
        while true {
            let left = parent * 2 + 1
            let right = left + 1
            var first = parent
            if left < heap.count, precedes(heap[left], heap[first]) {
                first = left
            }
            if right < heap.count, precedes(heap[right], heap[first]) {
                first = right
            }
            if first == parent {
                break
            }
            heap.swapAt(parent, first)
            parent = first
        }
        return top.node
    }

    private func precedes(_ lhs: Entry, _ rhs: Entry) -> Bool {
        if lhs.node.time != rhs.node.time {
            return lhs.node.time > rhs.node.time
        }
        return lhs.sequence < rhs.sequence
    }
}
