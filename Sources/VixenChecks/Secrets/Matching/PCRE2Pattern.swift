import CPCRE2

/// A PCRE2 pattern compiled once and shared by every scanning thread.
///
/// PCRE2 documents compiled code as read-only during matching, so one instance may be used
/// from several threads at once, each with its own ``PCRE2Matcher``. The code is JIT-compiled
/// when the library supports it; where it does not, matching falls back to the interpreter
/// with the same results.
final class PCRE2Pattern: @unchecked Sendable {
    /// Options every pattern is compiled with.
    ///
    /// `^` and `$` match at each line, because a hunk of several lines is matched as one text.
    /// Invalid UTF-8 in a subject is allowed even when a pattern turns UTF mode on with `(*UTF)`.
    /// The offset limit bounds where a match may start, which keeps the search near a hit.
    static let compileOptions = UInt32(PCRE2_MULTILINE | PCRE2_MATCH_INVALID_UTF | PCRE2_USE_OFFSET_LIMIT)

    let pattern: String
    let code: OpaquePointer
    /// The number of capture groups; group 0, the whole match, is not counted.
    let captureCount: Int

    /// Compiles and JIT-compiles `pattern`.
    ///
    /// - Throws: ``PCRE2CompileError`` with PCRE2's message and the offset it points at.
    init(_ pattern: String) throws(PCRE2CompileError) {
        var errorCode: Int32 = 0
        var errorOffset = 0
        let bytes = Array(pattern.utf8)
        let compiled = bytes.withUnsafeBufferPointer { buffer in
            pcre2_compile_8(buffer.baseAddress, buffer.count, Self.compileOptions, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            throw PCRE2CompileError(message: Self.errorMessage(errorCode), offset: errorOffset)
        }
        // A JIT failure, as on a platform without JIT support, leaves the interpreter in use.
        _ = pcre2_jit_compile_8(compiled, PCRE2_JIT_COMPLETE)

        var count: UInt32 = 0
        _ = pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)

        self.pattern = pattern
        self.code = compiled
        self.captureCount = Int(count)
    }

    deinit {
        pcre2_code_free_8(code)
    }

    /// Returns PCRE2's English text for an error code.
    static func errorMessage(_ code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = buffer.withUnsafeMutableBufferPointer { pointer in
            pcre2_get_error_message_8(code, pointer.baseAddress, pointer.count)
        }
        guard length > 0 else {
            return "PCRE2 error \(code)"
        }
        return String(decoding: buffer.prefix(Int(length)), as: UTF8.self)
    }
}

/// A pattern PCRE2 rejects.
struct PCRE2CompileError: Error, Sendable, Equatable {
    /// PCRE2's own message, in English.
    let message: String
    /// The 0-based byte offset in the pattern where PCRE2 stopped.
    let offset: Int
}
