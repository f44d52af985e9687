import Foundation

/// Reads a file handle to its end on a dedicated thread.
///
/// A dedicated thread rather than a dispatch queue, because the read blocks for as long as the
/// child runs, and blocked work on a global queue can starve other tests of worker threads.
final class PipeReader: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    // Guarded by `lock`.
    private var data = Data()

    init(reading handle: FileHandle) {
        let thread = Thread { [self] in
            let bytes = (try? handle.readToEnd()) ?? Data()
            // Foundation does not close a pipe's reading end when the handle is released, and
            // test processes that run thousands of commands run out of descriptors.
            try? handle.close()
            lock.withLock { data = bytes }
            finished.signal()
        }
        thread.start()
    }

    /// Waits until the end of the stream and returns its text, or nil when `deadline` passes first.
    func wait(until deadline: DispatchTime) -> String? {
        guard finished.wait(timeout: deadline) == .success else {
            return nil
        }
        // Signal again so that later calls also return the text.
        finished.signal()
        return lock.withLock { String(decoding: data, as: UTF8.self) }
    }
}
