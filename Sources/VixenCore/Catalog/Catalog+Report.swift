/// Labels of the reports written for people: the range header, section headings and the summary.
extension Catalog {
    // MARK: Range header

    /// Returns the header of a range with commits, such as `Range 1a2b3c4..5d6e7f8: 3 commits`.
    ///
    /// `span` is the range as `base..head` in short ids, and `commits` is at least 1.
    public static func reportRange(_ span: String, commits: Int) -> LocalizedText {
        let count = reportCommitCount(commits)
        return LocalizedText(
            en: "Range \(span): \(count.english)",
            es: "Rango \(span): \(count.spanish)"
        )
    }

    /// Returns the header of a range with no commits, so that an empty push never passes in silence.
    public static func reportEmptyRange(_ span: String) -> LocalizedText {
        LocalizedText(
            en: "No commits in range \(span)",
            es: "No hay commits en el rango \(span)"
        )
    }

    public static func reportCommitCount(_ count: Int) -> LocalizedText {
        LocalizedText(
            en: count == 1 ? "1 commit" : "\(count) commits",
            es: count == 1 ? "1 commit" : "\(count) commits"
        )
    }

    /// Returns the label that stands for the base of a range starting at the repository's first commit.
    public static func reportRangeRoot() -> LocalizedText {
        LocalizedText(en: "(root)", es: "(raíz)")
    }

    /// Returns the label that stands for the head of a repository with no commits yet.
    public static func reportRangeNoHead() -> LocalizedText {
        LocalizedText(en: "(none)", es: "(ninguno)")
    }

    /// Returns the header's note that staged changes were checked as well.
    public static func reportIncludesIndex() -> LocalizedText {
        LocalizedText(en: "+ index", es: "+ índice")
    }

    /// Returns the header's note that uncommitted changes in the work tree were checked as well.
    public static func reportIncludesWorktree() -> LocalizedText {
        LocalizedText(en: "+ work tree", es: "+ árbol de trabajo")
    }

    // MARK: Sections

    public static func reportChangedComponents() -> LocalizedText {
        LocalizedText(en: "Changed components", es: "Componentes con cambios")
    }

    public static func reportChangedFiles() -> LocalizedText {
        LocalizedText(en: "Changed files", es: "Archivos con cambios")
    }

    public static func reportFindings() -> LocalizedText {
        LocalizedText(en: "Findings", es: "Hallazgos")
    }

    /// Returns the value of a section with nothing in it.
    ///
    /// The Spanish form is masculine, matching "componentes", "archivos" and "hallazgos".
    public static func reportNone() -> LocalizedText {
        LocalizedText(en: "none", es: "ninguno")
    }

    /// Returns the heading for files that match no component and for findings on files the report does not list.
    public static func reportOtherGroup() -> LocalizedText {
        LocalizedText(en: "other", es: "otros")
    }

    /// Returns the heading for findings about the range as a whole rather than one file.
    public static func reportRangeGroup() -> LocalizedText {
        LocalizedText(en: "range", es: "rango")
    }

    // MARK: Findings

    public static func reportSeverity(_ severity: Severity) -> LocalizedText {
        switch severity {
        case .error: LocalizedText(en: "error", es: "error")
        case .warning: LocalizedText(en: "warning", es: "advertencia")
        case .info: LocalizedText(en: "info", es: "info")
        }
    }

    /// Returns the note naming the commit that introduced a finding, by the id's first seven digits.
    public static func reportFindingCommit(_ shortID: String) -> LocalizedText {
        LocalizedText(en: "(commit \(shortID))", es: "(commit \(shortID))")
    }

    // MARK: Summary

    /// Returns the outcome when at least one finding blocks the push or deployment.
    public static func reportBlocked() -> LocalizedText {
        LocalizedText(en: "blocked", es: "bloqueado")
    }

    /// Returns the outcome when no finding blocks.
    public static func reportPassed() -> LocalizedText {
        LocalizedText(en: "passed", es: "aprobado")
    }

    /// Returns a count of findings of one severity, with the noun in singular or plural to match.
    ///
    /// "info" is an invariable label in both languages: `0 info`, `1 info`, `2 info`.
    public static func reportSeverityCount(_ severity: Severity, count: Int) -> LocalizedText {
        let singular = count == 1
        switch severity {
        case .error:
            return LocalizedText(
                en: singular ? "1 error" : "\(count) errors",
                es: singular ? "1 error" : "\(count) errores"
            )
        case .warning:
            return LocalizedText(
                en: singular ? "1 warning" : "\(count) warnings",
                es: singular ? "1 advertencia" : "\(count) advertencias"
            )
        case .info:
            return LocalizedText(en: "\(count) info", es: "\(count) info")
        }
    }
}
