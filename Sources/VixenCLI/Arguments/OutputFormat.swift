/// The format `check` writes its report in.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text
    case json
}
