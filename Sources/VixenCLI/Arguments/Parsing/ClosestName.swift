/// The search for the declared name that a mistyped command or option most likely meant.
enum ClosestName {
    /// Returns the candidate closest to `input`, or nil when none is close enough to be a typo.
    ///
    /// Leading dashes are ignored on both sides, so `-staged` finds `--staged`. A candidate is close
    /// enough when its edit distance is at most a third of its length (ignoring dashes), and never
    /// more than 2. On a tie, the candidate listed first wins.
    static func find(for input: String, among candidates: [String]) -> String? {
        let typed = Array(input.drop { $0 == "-" })
        var best: (name: String, distance: Int)?

        for candidate in candidates {
            let target = Array(candidate.drop { $0 == "-" })
            let allowed = min(2, max(1, target.count / 3))
            let distance = editDistance(typed, target)
            guard distance <= allowed else {
                continue
            }
            if let best, best.distance <= distance {
                continue
            }
            best = (candidate, distance)
        }
        return best?.name
    }

    /// Returns the optimal string alignment distance: the number of insertions, deletions,
    /// substitutions and swaps of two adjacent characters that turn `source` into `target`.
    ///
    /// Counting a swap as one edit makes `--stagde` as close to `--staged` as `--stagd` is.
    static func editDistance(_ source: [Character], _ target: [Character]) -> Int {
        if source.isEmpty {
            return target.count
        }
        if target.isEmpty {
            return source.count
        }

        // Three rows of the dynamic-programming table: two back, previous and current.
        var twoBack = [Int](repeating: 0, count: target.count + 1)
        var previous = Array(0...target.count)
        var current = [Int](repeating: 0, count: target.count + 1)

        for i in 1...source.count {
            current[0] = i
            for j in 1...target.count {
                let substitution = source[i - 1] == target[j - 1] ? 0 : 1
                var cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution)
                if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
                    cost = min(cost, twoBack[j - 2] + 1)
                }
                current[j] = cost
            }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        return previous[target.count]
    }
}
