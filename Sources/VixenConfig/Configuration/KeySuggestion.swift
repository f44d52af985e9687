/// Picks the known name a mistyped one was most likely meant to be.
enum KeySuggestion {
    /// Returns the closest of `candidates` to `name`, or nil when none is close.
    ///
    /// A candidate is close in three cases. It may differ only in case, `_` or `-`, as
    /// `maxFileSize` does from `max_file_size`. It may start with a `name` of three or more
    /// characters, as `warning` starts with `warn`. Or its edit distance from `name` may be
    /// at most 2 and at most a third of its length, as for `limts`. Ties go to the earlier
    /// candidate.
    static func closest(to name: String, among candidates: [String]) -> String? {
        let lowered = Array(name.lowercased())
        let normalized = normalize(name)
        var best: (candidate: String, score: Int)?

        for candidate in candidates where candidate != name {
            let score: Int
            if normalize(candidate) == normalized {
                score = 0
            } else if lowered.count >= 3 && candidate.lowercased().hasPrefix(String(lowered)) {
                score = 1
            } else {
                let distance = editDistance(lowered, Array(candidate.lowercased()))
                guard distance <= min(2, max(1, candidate.count / 3)) else {
                    continue
                }
                score = distance
            }
            if let current = best, current.score <= score {
                continue
            }
            best = (candidate, score)
        }
        return best?.candidate
    }

    private static func normalize(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "_" && $0 != "-" })
    }

    /// Levenshtein distance: insertions, deletions and substitutions each cost one.
    private static func editDistance(_ source: [Character], _ target: [Character]) -> Int {
        guard !source.isEmpty else {
            return target.count
        }
        var previous = Array(0...target.count)
        var current = previous
        for (sourceIndex, sourceCharacter) in source.enumerated() {
            current[0] = sourceIndex + 1
            for (targetIndex, targetCharacter) in target.enumerated() {
                let substitution = previous[targetIndex] + (sourceCharacter == targetCharacter ? 0 : 1)
                current[targetIndex + 1] = min(substitution, previous[targetIndex + 1] + 1, current[targetIndex] + 1)
            }
            swap(&previous, &current)
        }
        return previous[target.count]
    }
}
