import CVectorscan

/// Collects the match ends Vectorscan reports for one text, grouped per rule.
///
/// Without single-match mode, a pattern such as `[A-Za-z0-9]{20,}` reports every end along a
/// long token, which can be millions for one line. Ends of one rule that lie within the rule's
/// `max_width` of each other are therefore merged into one cluster, and PCRE2 later searches
/// each cluster's window once. Keyword literals keep every end, because the nearby check needs
/// their positions.
final class HitCollector {
    /// Match ends of one rule, each within the rule's width of the one before.
    struct Cluster: Equatable {
        var firstEnd: Int
        var lastEnd: Int
    }

    private let ruleCount: Int
    private let widths: [Int]
    /// Finished clusters per rule; valid after ``finish()``.
    private(set) var clusters: [[Cluster]]
    /// End offsets of each keyword's occurrences, in increasing order.
    private(set) var keywordEnds: [[Int]]
    /// Rules with at least one cluster, in the order of their first hit.
    private(set) var rulesHit: [Int] = []
    private var keywordsHit: [Int] = []
    /// The cluster each rule is still growing, kept in flat arrays because the callback runs
    /// once per match end; -1 in ``openLast`` means none.
    private var openFirst: [Int]
    private var openLast: [Int]

    init(widths: [Int], keywordCount: Int) {
        ruleCount = widths.count
        self.widths = widths
        clusters = Array(repeating: [], count: widths.count)
        keywordEnds = Array(repeating: [], count: keywordCount)
        openFirst = Array(repeating: -1, count: widths.count)
        openLast = Array(repeating: -1, count: widths.count)
    }

    /// Empties the collector for the next text, keeping its storage.
    func reset() {
        for rule in rulesHit {
            clusters[rule].removeAll(keepingCapacity: true)
            openFirst[rule] = -1
            openLast[rule] = -1
        }
        for keyword in keywordsHit {
            keywordEnds[keyword].removeAll(keepingCapacity: true)
        }
        rulesHit.removeAll(keepingCapacity: true)
        keywordsHit.removeAll(keepingCapacity: true)
    }

    /// Closes the clusters still growing; call once the scan of a text has returned.
    func finish() {
        for rule in rulesHit where openLast[rule] >= 0 {
            clusters[rule].append(Cluster(firstEnd: openFirst[rule], lastEnd: openLast[rule]))
            openFirst[rule] = -1
            openLast[rule] = -1
        }
    }

    /// Records one match end reported for expression `id`.
    func record(id: Int, end: Int) {
        if id < ruleCount {
            recordRule(id, end: end)
        } else {
            let keyword = id - ruleCount
            guard keyword < keywordEnds.count else {
                return
            }
            if keywordEnds[keyword].isEmpty {
                keywordsHit.append(keyword)
            }
            keywordEnds[keyword].append(end)
        }
    }

    private func recordRule(_ rule: Int, end: Int) {
        let last = openLast[rule]
        if last < 0 {
            if clusters[rule].isEmpty {
                rulesHit.append(rule)
            }
            openFirst[rule] = end
            openLast[rule] = end
        } else if end > last + widths[rule] {
            clusters[rule].append(Cluster(firstEnd: openFirst[rule], lastEnd: last))
            openFirst[rule] = end
            openLast[rule] = end
        } else if end > last {
            openLast[rule] = end
        } else if end < openFirst[rule] {
            // Block mode reports ends in increasing order; this keeps a cluster whole if not.
            openFirst[rule] = end
        }
    }

    /// True when an occurrence of one of `keywords` overlaps `window`.
    func hasKeyword(_ keywords: [Int], lengths: [Int], within window: Range<Int>) -> Bool {
        for keyword in keywords {
            let ends = keywordEnds[keyword]
            // The first occurrence that ends after the window starts is the only candidate.
            var low = 0
            var high = ends.count
            while low < high {
                let middle = (low + high) / 2
                if ends[middle] <= window.lowerBound {
                    low = middle + 1
                } else {
                    high = middle
                }
            }
            if low < ends.count, ends[low] - lengths[keyword] < window.upperBound {
                return true
            }
        }
        return false
    }

    /// The callback `hs_scan` calls for each match, with the collector as its context.
    static let onMatch: match_event_handler = { id, _, end, _, context in
        guard let context else {
            return 0
        }
        let collector = Unmanaged<HitCollector>.fromOpaque(context).takeUnretainedValue()
        collector.record(id: Int(id), end: Int(end))
        return 0
    }
}
