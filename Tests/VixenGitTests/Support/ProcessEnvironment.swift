#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sets process environment variables for the duration of a call, for libgit2 calls that read
/// git's variables from the real environment.
///
/// `setenv` can move the `environ` array and free the old one while another thread, such as a
/// test starting a child process, still reads it, and the test process then crashes. This
/// helper instead points `environ` at a new array and back. It never frees either, so a
/// concurrent reader always sees a complete environment. Each call leaks the new array, a few hundred bytes.
/// Callers must still not overlap each other, because the second would restore the first's
/// variables too late or too early.
enum ProcessEnvironment {
    /// The address of the C library's `environ`, looked up at run time: Swift 6 rejects direct
    /// writes to an imported global variable as shared mutable state.
    private nonisolated(unsafe) static let environSlot = dlsym(nil, "environ")?
        .assumingMemoryBound(to: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?.self)

    /// Runs `body` with `variables` set, then restores the environment it started with.
    static func with<Result>(_ variables: [String: String], _ body: () throws -> Result) throws -> Result {
        guard let slot = environSlot else {
            throw ProcessEnvironmentError.environNotFound
        }
        let original = slot.pointee
        var entries: [String] = []
        var index = 0
        while let entry = original?[index] {
            let text = String(cString: entry)
            let name = String(text.prefix { $0 != "=" })
            if variables[name] == nil {
                entries.append(text)
            }
            index += 1
        }
        entries += variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }

        let replacement = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: entries.count + 1)
        for (position, entry) in entries.enumerated() {
            replacement[position] = strdup(entry)
        }
        replacement[entries.count] = nil
        slot.pointee = replacement
        defer { slot.pointee = original }
        return try body()
    }
}

/// The C library's `environ` variable could not be located, so the environment cannot be set.
enum ProcessEnvironmentError: Error {
    case environNotFound
}
