import VixenCore

extension Report {
    /// Returns how many findings have `severity`.
    func count(of severity: Severity) -> Int {
        findings.filter { $0.severity == severity }.count
    }

    /// Returns the verdict with the count of each severity, such as `blocked: 2 errors, 1 warning, 0 info`.
    ///
    /// When the baseline left findings out, their count follows, as in `...; 3 findings left out by
    /// the baseline`.
    func outcomeSummary(language: Language) -> String {
        let outcome = blocked ? Catalog.reportBlocked() : Catalog.reportPassed()
        let counts = [Severity.error, .warning, .info].map { severity in
            Catalog.reportSeverityCount(severity, count: count(of: severity))(language)
        }
        return outcome(language) + ": " + counts.joined(separator: ", ") + baselinedNote(language: language)
    }

    /// Returns `; N findings left out by the baseline`, or nothing when the baseline left none out.
    func baselinedNote(language: Language) -> String {
        baselined > 0 ? "; " + Catalog.reportBaselined(baselined)(language) : ""
    }
}

extension Report.Range {
    /// Returns the range as reports for people head it, such as `Range 1a2b3c4..5d6e7f8: 3 commits + index`.
    ///
    /// A range without commits is named as empty, so that an empty push never passes in silence.
    func headline(language: Language) -> String {
        let baseName = base?.short ?? Catalog.reportRangeRoot()(language)
        let headName = head?.short ?? Catalog.reportRangeNoHead()(language)
        let span = "\(baseName)..\(headName)"

        var parts: [String] = []
        if commits == 0 {
            parts.append(Catalog.reportEmptyRange(span)(language))
        } else {
            parts.append(Catalog.reportRange(span, commits: commits)(language))
        }
        if includesStaged {
            parts.append(Catalog.reportIncludesIndex()(language))
        }
        if includesWorktree {
            parts.append(Catalog.reportIncludesWorktree()(language))
        }
        return parts.joined(separator: " ")
    }
}

extension Report.Scope {
    /// Returns the header line of reports for people: the range's headline, or what a scan read,
    /// such as `Scan of src, ./a.py: 12 files`.
    ///
    /// A scan that read nothing is named as empty, like an empty range.
    func headline(language: Language) -> String {
        switch self {
        case .range(let range):
            return range.headline(language: language)
        case .paths(let paths, let files):
            let names = paths.map { $0 == "-" ? Catalog.reportStandardInput()(language) : $0 }
            let shown = Self.maximumPathsShown
            var list = names.prefix(shown).joined(separator: ", ")
            if names.count > shown {
                list += " " + Catalog.reportMorePaths(names.count - shown)(language)
            }
            if files == 0 {
                return Catalog.reportEmptyScan(list)(language)
            }
            return Catalog.reportScan(list, files: files)(language)
        case .history(let allReferences, let commits):
            return Catalog.reportHistoryScan(allReferences: allReferences, commits: commits)(language)
        }
    }

    /// The paths a headline names before it counts the rest, so that a scan of many files named one by
    /// one, as `xargs` passes them, keeps a one-line header.
    static let maximumPathsShown = 5
}
