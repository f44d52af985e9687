/// A gitignore-style pattern matched against repository-relative paths with `/` separators.
///
/// The syntax:
/// - `*` matches any run of characters within one path segment, `?` matches one character.
/// - `[abc]`, `[a-z]` and `[!x]` (or `[^x]`) match one character of, or not of, a set.
///   A `]` right after the `[` or `[!` belongs to the set.
/// - `\` makes the next character literal, so `\*` matches an asterisk.
/// - `**` as a whole segment matches zero or more segments, except at the end of the pattern,
///   where it matches one or more, so `backend/**` matches everything under `backend`.
///   Elsewhere two asterisks act like one.
/// - A trailing `/` means every file under that folder: `deploy/` matches `deploy/app.yml`.
/// - A pattern without `/`, apart from a trailing one, matches at any depth, as in
///   .gitignore: `Dockerfile` matches `Dockerfile` and `backend/Dockerfile`, and `tests/`
///   matches the files under every folder named `tests`. Any other pattern is anchored at
///   the root, and a leading `/` only anchors it.
///
/// Otherwise a pattern must match the whole path: `backend` matches a file named `backend`,
/// not the files under a folder of that name.
///
/// The pattern is compiled once, when the glob is created, and matching runs over the
/// path's UTF-8 bytes without allocating.
public struct PathGlob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    /// The number of literal characters before the first `*`, `?` or `[` of the pattern.
    ///
    /// When several globs match a path, the highest specificity wins. A leading `/` does not
    /// count and an escaped character counts as one.
    public let specificity: Int
    let segments: [GlobSegment]

    /// Compiles `pattern`.
    ///
    /// - Throws: ``PathGlobError`` for an empty pattern, an empty segment (`a//b`), an
    ///   unclosed `[`, a backwards range such as `[z-a]`, or a `\` with nothing to escape.
    public init(_ pattern: String) throws(PathGlobError) {
        let compiled = try PathGlobCompiler.compile(pattern)
        self.pattern = pattern
        self.segments = compiled.segments
        self.specificity = compiled.specificity
    }

    public var description: String { pattern }

    /// Returns whether the glob matches `path`, a repository-relative path such as `backend/app/main.py`.
    public func matches(_ path: String) -> Bool {
        if let result = path.utf8.withContiguousStorageIfAvailable({ matches(bytes: $0) }) {
            return result
        }
        return Array(path.utf8).withUnsafeBufferPointer { matches(bytes: $0) }
    }
}
