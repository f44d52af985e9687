import Foundation

/// Reads one output pipe of a child on a dedicated thread until it closes, keeping all of it and
/// handing each complete line to an optional sink as it arrives.
///
/// A dedicated thread, because the read blocks for as long as the child runs.
final class OutputReader: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    // Guarded by `lock`.
    private var data = Data()

    init(reading handle: FileHandle, lineSink: LineSink?) {
        let thread = Thread { [self] in
            var pending = Data()
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty {
                    break
                }
                lock.withLock { data.append(chunk) }
                if let lineSink {
                    pending.append(chunk)
                    Self.deliverLines(from: &pending, to: lineSink)
                }
            }
            if let lineSink, !pending.isEmpty {
                lineSink.receive(String(decoding: pending, as: UTF8.self))
            }
            try? handle.close()
            finished.signal()
        }
        thread.start()
    }

    /// Waits until the pipe closes, or `deadline` passes, and returns the text read so far.
    func wait(until deadline: DispatchTime) -> String {
        if finished.wait(timeout: deadline) == .success {
            finished.signal()
        }
        return lock.withLock { String(decoding: data, as: UTF8.self) }
    }

    private static func deliverLines(from pending: inout Data, to sink: LineSink) {
        while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
            let line = pending[pending.startIndex..<newline]
            sink.receive(String(decoding: line, as: UTF8.self))
            pending.removeSubrange(pending.startIndex...newline)
        }
    }
}

/// Receives a child's output line by line, without the line ends, from both of its streams, one
/// line at a time.
final class LineSink: @unchecked Sendable {
    private let lock = NSLock()
    private let handler: @Sendable (String) -> Void

    init(_ handler: @escaping @Sendable (String) -> Void) {
        self.handler = handler
    }

    func receive(_ line: String) {
        lock.withLock { handler(line) }
    }
}
