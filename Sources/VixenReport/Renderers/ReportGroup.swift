import VixenCore

/// The heading a file or finding is listed under in reports for people.
///
/// The synthesized ordering follows the case order: components first (built-in ones in their fixed
/// order, then configured ones by name, as ``Component`` sorts), then ``other``, then ``range``.
enum ReportGroup: Hashable, Comparable {
    case component(Component)
    /// Files that match no component, and findings on a file the report does not list, such as one
    /// added and deleted again inside the range.
    case other
    /// Findings about the range as a whole, which have no file.
    case range

    /// Groups files by their component, sorting each group by path.
    static func groupFiles(_ files: [Report.File]) -> [(group: ReportGroup, files: [Report.File])] {
        let grouped = Dictionary(grouping: files.enumerated()) { entry in
            entry.element.component.map(ReportGroup.component) ?? .other
        }
        return grouped.keys.sorted().map { group in
            let sorted = (grouped[group] ?? []).sorted { left, right in
                if left.element.path != right.element.path {
                    return left.element.path < right.element.path
                }
                return left.offset < right.offset
            }
            return (group, sorted.map(\.element))
        }
    }

    /// Groups findings by the component of their file, sorting each group by file, line and rule.
    ///
    /// The component comes from the file's entry in `files`. Findings that tie keep their order in
    /// `findings`.
    static func groupFindings(
        _ findings: [Finding], files: [Report.File]
    ) -> [(group: ReportGroup, findings: [Finding])] {
        var componentByPath: [String: Component?] = [:]
        for file in files {
            componentByPath[file.path] = file.component
        }

        let grouped = Dictionary(grouping: findings.enumerated()) { entry -> ReportGroup in
            guard let path = entry.element.file else {
                return .range
            }
            guard let known = componentByPath[path], let component = known else {
                return .other
            }
            return .component(component)
        }
        return grouped.keys.sorted().map { group in
            let sorted = (grouped[group] ?? []).sorted { left, right in
                let order = compareLocation(left.element, right.element)
                return order ?? (left.offset < right.offset)
            }
            return (group, sorted.map(\.element))
        }
    }

    /// Returns whether `left` sorts before `right` by file, then line, then rule, or nil when they tie.
    private static func compareLocation(_ left: Finding, _ right: Finding) -> Bool? {
        if left.file != right.file {
            return precedes(left.file, right.file)
        }
        if left.line != right.line {
            return precedes(left.line, right.line)
        }
        if left.rule != right.rule {
            return left.rule < right.rule
        }
        return nil
    }

    /// Orders optional values with nil first, so a finding on a whole file comes before its lines.
    private static func precedes<Value: Comparable>(_ left: Value?, _ right: Value?) -> Bool {
        switch (left, right) {
        case (.none, .none): false
        case (.none, .some): true
        case (.some, .none): false
        case (.some(let left), .some(let right)): left < right
        }
    }
}
