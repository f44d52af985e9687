import Foundation
import VixenPostgres

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The write end of the pipe that the signal handler writes to; -1 when no trap is installed.
///
/// Global because a C signal handler cannot capture context. Only ``InterruptTrap`` sets it,
/// while holding its lock, and the handler only reads it.
nonisolated(unsafe) private var interruptPipeWriteEnd: Int32 = -1

/// Writes the signal number to the pipe; `write` is safe to call in a signal handler.
private func recordInterrupt(_ signal: Int32) {
    var byte = UInt8(truncatingIfNeeded: signal)
    _ = write(interruptPipeWriteEnd, &byte, 1)
}

/// Turns SIGINT, SIGTERM and SIGHUP into a ``Cancellation`` while a verification runs, so the
/// verifier can stop its tools and drop its scratch database before the program exits.
///
/// The signals are handled, not ignored, so the tools it starts get the default actions back
/// and a Ctrl-C in the terminal, which reaches the whole process group, stops them too.
enum InterruptTrap {
    static let signals = [SIGINT, SIGTERM, SIGHUP]
    private static let lock = NSLock()

    /// Runs `body` with the signals routed to `cancellation`, then restores their previous handlers.
    ///
    /// NOTE: when the pipe cannot be created, `body` runs without the trap, and a signal ends the
    /// program at once as usual.
    static func run<Value>(cancelling cancellation: Cancellation, _ body: () throws(RunFailure) -> Value)
        throws(RunFailure) -> Value
    {
        lock.lock()
        defer { lock.unlock() }

        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else {
            return try body()
        }
        let readEnd = descriptors[0]
        interruptPipeWriteEnd = descriptors[1]
        let watcherDone = DispatchSemaphore(value: 0)
        let watcher = Thread {
            watch(readEnd, cancellation: cancellation)
            watcherDone.signal()
        }
        watcher.start()
        let previous = signals.map { signal($0, recordInterrupt) }

        defer {
            for (number, handler) in zip(signals, previous) {
                signal(number, handler)
            }
            // Byte 0 is no signal number, so the watcher reads it as the request to stop.
            var stop: UInt8 = 0
            _ = write(descriptors[1], &stop, 1)
            watcherDone.wait()
            interruptPipeWriteEnd = -1
            close(descriptors[0])
            close(descriptors[1])
        }
        return try body()
    }

    /// Cancels on every signal byte until the stop byte arrives or the pipe fails.
    private static func watch(_ readEnd: Int32, cancellation: Cancellation) {
        while true {
            var byte: UInt8 = 0
            let count = read(readEnd, &byte, 1)
            if count < 0, errno == EINTR {
                continue
            }
            guard count == 1, byte != 0 else {
                return
            }
            cancellation.cancel()
        }
    }
}
