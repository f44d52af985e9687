import CPCRE2

/// One thread's PCRE2 matching state: match data sized for the largest pattern, match
/// contexts and a JIT stack.
///
/// PCRE2 writes into all of these during a match, so each scanning thread owns one matcher
/// and never shares it.
final class PCRE2Matcher {
    /// Byte ranges of the whole match (index 0) and of each capture group; nil for a group
    /// that did not take part.
    typealias Groups = [Range<Int>?]

    /// The initial and maximum size of each matcher's JIT stack, in bytes.
    private static let jitStackStart = 32 * 1024
    private static let jitStackMaximum = 1024 * 1024

    private let matchData: OpaquePointer
    /// A context whose offset limit changes with each bounded search.
    private let boundedContext: OpaquePointer
    /// A context without an offset limit.
    private let unboundedContext: OpaquePointer
    private let jitStack: OpaquePointer?
    private let groupCapacity: Int

    /// Prepares a matcher for patterns with at most `maximumCaptureCount` capture groups.
    init(maximumCaptureCount: Int) throws(SecretsError) {
        let capacity = maximumCaptureCount + 1
        guard let matchData = pcre2_match_data_create_8(UInt32(capacity), nil) else {
            throw SecretsError.outOfMemory("pcre2_match_data_create")
        }
        guard let bounded = pcre2_match_context_create_8(nil) else {
            pcre2_match_data_free_8(matchData)
            throw SecretsError.outOfMemory("pcre2_match_context_create")
        }
        guard let unbounded = pcre2_match_context_create_8(nil) else {
            pcre2_match_context_free_8(bounded)
            pcre2_match_data_free_8(matchData)
            throw SecretsError.outOfMemory("pcre2_match_context_create")
        }
        // Without its own stack, JIT code gets 32 KiB of the machine stack, which deeply
        // nested patterns exceed. A failed allocation keeps that default.
        let stack = pcre2_jit_stack_create_8(Self.jitStackStart, Self.jitStackMaximum, nil)
        if let stack {
            pcre2_jit_stack_assign_8(bounded, nil, UnsafeMutableRawPointer(stack))
            pcre2_jit_stack_assign_8(unbounded, nil, UnsafeMutableRawPointer(stack))
        }
        self.matchData = matchData
        self.boundedContext = bounded
        self.unboundedContext = unbounded
        self.jitStack = stack
        self.groupCapacity = capacity
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        pcre2_match_context_free_8(boundedContext)
        pcre2_match_context_free_8(unboundedContext)
        if let jitStack {
            pcre2_jit_stack_free_8(jitStack)
        }
    }

    /// Returns the first match of `pattern` in `subject` that starts at or after `start`, or nil.
    ///
    /// - Parameters:
    ///   - startLimit: The last offset where the match may start; nil for no limit. The
    ///     match may still end past it.
    ///
    /// PCRE2 errors during matching, such as reaching the match limit on a pathological
    /// pattern, count as no match.
    func firstMatch(
        of pattern: PCRE2Pattern, in subject: UnsafeBufferPointer<UInt8>, from start: Int, startLimit: Int? = nil
    ) -> Groups? {
        guard start <= subject.count else {
            return nil
        }
        let context: OpaquePointer
        if let startLimit {
            pcre2_set_offset_limit_8(boundedContext, startLimit)
            context = boundedContext
        } else {
            context = unboundedContext
        }
        // An empty buffer may have no base address, and PCRE2 rejects a null subject.
        var empty: UInt8 = 0
        let result = withUnsafePointer(to: &empty) { emptyPointer in
            pcre2_match_8(
                pattern.code, subject.baseAddress ?? emptyPointer, subject.count, start, 0, matchData, context)
        }
        // NOTE: match-limit, depth-limit and JIT-stack errors also count as no match. A pattern
        // that backtracks that much is a rule to fix, and stopping the whole scan would not help.
        guard result > 0 else {
            return nil
        }

        // PCRE2 returns one more than the highest group that took part, capped at the vector's size.
        let setCount = min(Int(result), groupCapacity)
        guard let vector = pcre2_get_ovector_pointer_8(matchData) else {
            return nil
        }
        var groups: Groups = []
        groups.reserveCapacity(pattern.captureCount + 1)
        for index in 0..<(pattern.captureCount + 1) {
            guard index < setCount else {
                groups.append(nil)
                continue
            }
            let lower = vector[2 * index]
            let upper = vector[2 * index + 1]
            if lower != Self.unset, upper != Self.unset, lower <= upper {
                groups.append(lower..<upper)
            } else {
                groups.append(nil)
            }
        }
        return groups
    }

    /// Returns whether `pattern` matches anywhere in `subject`.
    func matches(_ pattern: PCRE2Pattern, in subject: UnsafeBufferPointer<UInt8>) -> Bool {
        firstMatch(of: pattern, in: subject, from: 0) != nil
    }

    /// PCRE2_UNSET, which C defines as `~(PCRE2_SIZE)0` in a macro Swift does not import.
    ///
    /// PCRE2_SIZE is `size_t`, which Swift imports as `Int`, so all bits set reads as -1.
    private static let unset = -1
}
