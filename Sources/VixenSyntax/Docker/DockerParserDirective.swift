/// A parser directive at the top of a Dockerfile, such as `# syntax=docker/dockerfile:1`.
public struct DockerParserDirective: Sendable, Equatable {
    /// The directive's name in lower case: `syntax`, `escape` or `check`.
    public let name: String
    public let value: String

    /// The directives BuildKit reads; a comment shaped like another one is just a comment.
    static let known: Set<String> = ["syntax", "escape", "check"]

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// Reads `# name=value` with optional spaces around each part, or returns nil for any
    /// other line, an unknown name included.
    init?(line: Substring) {
        let afterHash = line.drop(while: \.isWhitespace)
        guard afterHash.first == "#" else {
            return nil
        }
        let body = afterHash.dropFirst()
        guard let equals = body.firstIndex(of: "=") else {
            return nil
        }
        let name = body[..<equals].trimmingWhitespace().lowercased()
        guard Self.known.contains(name) else {
            return nil
        }
        self.init(name: name, value: body[body.index(after: equals)...].trimmingWhitespace())
    }
}
