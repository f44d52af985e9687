/// A parsed Dockerfile: its parser directives, its instructions and its build stages.
///
/// Parsing never fails. Lines that are not instructions are skipped, and an instruction that
/// Docker would reject is kept as written, so a check can still judge the rest of the file.
public struct Dockerfile: Sendable, Equatable {
    public let directives: [DockerParserDirective]
    /// Every instruction in file order, including those before the first `FROM`.
    public let instructions: [DockerInstruction]
    /// The `ARG` declarations before the first `FROM`, which only `FROM` lines can use.
    public let globalArguments: [DockerArgument]
    /// One stage per `FROM`, in file order; the last one is the image that the build produces
    /// unless `--target` picks another.
    public let stages: [DockerStage]

    /// Parses UTF-8 bytes; `\r\n` line endings are accepted, and invalid UTF-8 reads as U+FFFD.
    public init(bytes: [UInt8]) {
        var parser = DockerfileParser(bytes: bytes)
        let parsed = parser.parse()
        directives = parsed.directives
        instructions = parsed.instructions
        let firstFrom = parsed.instructions.firstIndex { $0.keyword == "FROM" } ?? parsed.instructions.count
        globalArguments = parsed.instructions[..<firstFrom].filter { $0.keyword == "ARG" }.flatMap {
            DockerArgument.all(in: $0)
        }
        stages = DockerStage.stages(of: parsed.instructions, globalArguments: globalArguments)
    }

    /// The character that continues a line: `\` unless an `escape` directive sets `` ` ``.
    public var escapeCharacter: Character {
        directives.first { $0.name == "escape" }?.value == "`" ? "`" : "\\"
    }

    /// The stage the build produces by default.
    public var finalStage: DockerStage? { stages.last }

    /// Returns the stages from `stage` back through the earlier stages it is built on, nearest
    /// first, ending at the stage whose base is an image from a registry or `scratch`.
    public func lineage(of stage: DockerStage) -> [DockerStage] {
        var result = [stage]
        var current = stage
        while let parent = current.parentStage, parent < current.index, stages.indices.contains(parent) {
            current = stages[parent]
            result.append(current)
        }
        return result
    }
}

/// A build argument declared with `ARG NAME` or `ARG NAME=default`.
public struct DockerArgument: Sendable, Equatable {
    public let name: String
    /// The default value, with its quotes removed, or nil when the declaration has none.
    public let defaultValue: String?

    public init(name: String, defaultValue: String?) {
        self.name = name
        self.defaultValue = defaultValue
    }

    /// Returns the arguments that one `ARG` instruction declares, which may be several.
    static func all(in instruction: DockerInstruction) -> [DockerArgument] {
        DockerWords.split(instruction.arguments).compactMap { word in
            guard let equals = word.firstIndex(of: "=") else {
                return word.isEmpty ? nil : DockerArgument(name: word, defaultValue: nil)
            }
            let name = String(word[..<equals])
            return name.isEmpty
                ? nil : DockerArgument(name: name, defaultValue: String(word[word.index(after: equals)...]))
        }
    }
}
