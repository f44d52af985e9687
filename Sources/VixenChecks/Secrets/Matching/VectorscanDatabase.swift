import CVectorscan
import Foundation

/// A compiled Vectorscan block-mode database, freed with `hs_free_database`.
///
/// Vectorscan documents a database as read-only once compiled, so threads share one and each
/// scans with its own ``VectorscanScratch``.
final class VectorscanDatabase: @unchecked Sendable {
    let pointer: OpaquePointer

    private init(pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        hs_free_database(pointer)
    }

    /// The library's version string, such as `5.4.9 2023-...`; part of the cache key.
    static var libraryVersion: String {
        String(cString: hs_version())
    }

    /// Compiles every expression into one database.
    ///
    /// - Throws: ``VectorscanCompileError`` with the library's message and the index of the
    ///   expression it rejected, when it names one.
    static func compile(_ expressions: [VectorscanExpression]) throws(VectorscanCompileError) -> VectorscanDatabase {
        // hs_compile_multi takes C strings, so each pattern is copied into memory freed below.
        let patterns = expressions.map { strdup($0.pattern) }
        defer {
            for pattern in patterns {
                free(pattern)
            }
        }
        guard !patterns.contains(where: { $0 == nil }) else {
            throw VectorscanCompileError(message: "out of memory", expressionIndex: nil)
        }
        let constPatterns = patterns.map { UnsafePointer($0) }
        let flags = expressions.map(\.flags)
        let ids = expressions.map(\.id)

        var database: OpaquePointer?
        var compileError: UnsafeMutablePointer<hs_compile_error_t>?
        let status = hs_compile_multi(
            constPatterns, flags, ids, UInt32(expressions.count), UInt32(HS_MODE_BLOCK), nil, &database, &compileError)
        defer {
            if let compileError {
                hs_free_compile_error(compileError)
            }
        }
        guard status == HS_SUCCESS, let database else {
            let message = compileError.flatMap { $0.pointee.message.map { String(cString: $0) } }
            let index = compileError.map { Int($0.pointee.expression) }
            throw VectorscanCompileError(
                message: message ?? "hs_compile_multi failed with status \(status)",
                expressionIndex: index.flatMap { $0 >= 0 ? $0 : nil })
        }
        return VectorscanDatabase(pointer: database)
    }

    /// Rebuilds a database from ``serialize()``'s bytes, or returns nil when Vectorscan rejects
    /// them: bytes from another library version or platform, or damaged ones.
    static func deserialize(_ bytes: [UInt8]) -> VectorscanDatabase? {
        var database: OpaquePointer?
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                hs_deserialize_database(characters.baseAddress, characters.count, &database)
            }
        }
        guard status == HS_SUCCESS, let database else {
            return nil
        }
        return VectorscanDatabase(pointer: database)
    }

    /// Returns the database as bytes that ``deserialize(_:)`` reads back on the same platform.
    func serialize() throws(SecretsError) -> [UInt8] {
        var bytes: UnsafeMutablePointer<CChar>?
        var length = 0
        let status = hs_serialize_database(pointer, &bytes, &length)
        guard status == HS_SUCCESS, let bytes else {
            throw SecretsError.vectorscanFailure(function: "hs_serialize_database", status: status)
        }
        // Vectorscan allocates the buffer with its misc allocator, malloc unless replaced.
        defer { free(bytes) }
        return bytes.withMemoryRebound(to: UInt8.self, capacity: length) { start in
            Array(UnsafeBufferPointer(start: start, count: length))
        }
    }

    /// Returns the platform Vectorscan compiles for on this machine, part of the cache key.
    static func hostPlatform() -> hs_platform_info_t {
        var platform = hs_platform_info_t()
        // A failure leaves the zeroed struct, which still names a platform consistently.
        _ = hs_populate_platform(&platform)
        return platform
    }
}

/// A pattern set Vectorscan could not compile.
struct VectorscanCompileError: Error, Sendable, Equatable {
    /// The library's message, in English.
    let message: String
    /// The index of the rejected expression, or nil when the error is about the whole set.
    let expressionIndex: Int?
}
