import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The file of the running vixen-gate, which the installed hook calls by absolute path.
///
/// `CommandLine.arguments[0]` is not enough: a shell that found vixen-gate on `PATH` passes
/// the bare name, and a graphical git client runs hooks with a minimal `PATH`.
enum RunningExecutable {
    /// Returns the absolute path of the running executable with symbolic links resolved, or nil
    /// when the system cannot report it.
    static func path() -> String? {
        #if os(Linux)
        // The kernel's link to the executable file. It ends in " (deleted)" once the file is
        // gone, and realpath then fails.
        return resolved("/proc/self/exe")
        #elseif canImport(Darwin)
        // NOTE: only the Linux branch has been run; this one follows dyld's documented API.
        var size: UInt32 = 0
        _ = _NSGetExecutablePath(nil, &size)
        var buffer = [CChar](repeating: 0, count: Int(size) + 1)
        guard _NSGetExecutablePath(&buffer, &size) == 0 else {
            return nil
        }
        return resolved(String(cString: buffer))
        #else
        return nil
        #endif
    }

    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else {
            return nil
        }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
