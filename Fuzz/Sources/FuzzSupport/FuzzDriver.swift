#if FUZZING
import CLibFuzzer
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `main` of every fuzz target, chosen at compile time.
///
/// Built with `-D FUZZING` and `-sanitize=fuzzer`, it hands the command line to libFuzzer,
/// which then accepts all its usual flags. Built without them, it runs each file named on
/// the command line through the entry once, as a regression check. The fuzzing build needs
/// a `main` of its own because SwiftPM on Linux links every executable with `main` aliased
/// to the module's entry point, so libFuzzer's `main` is never called.
public enum FuzzDriver {
    /// Runs libFuzzer or the replay on `entry` and exits with its status.
    public static func run(_ entry: FuzzEntry) -> Never {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, entry))
        #else
        exit(Replay.run(entry, paths: Array(CommandLine.arguments.dropFirst())))
        #endif
    }
}
