/// One build stage: a `FROM` instruction and the instructions after it, up to the next `FROM`.
public struct DockerStage: Sendable, Equatable {
    /// The stage's position, from 0, which `FROM` and `COPY --from` may use instead of a name.
    public let index: Int
    public let from: DockerInstruction
    /// The base image as written, such as `python:${PYTHON_VERSION}-slim`.
    public let baseImage: String
    /// The base image with the global build arguments' defaults put in, or nil when it uses an
    /// argument that has no default, whose value only the build command can give.
    public let resolvedBaseImage: String?
    /// The name given with `AS`, as written.
    public let name: String?
    /// The index of the earlier stage this one builds on, when `FROM` names a stage rather than an image.
    public let parentStage: Int?
    public let instructions: [DockerInstruction]

    public init(
        index: Int, from: DockerInstruction, baseImage: String, resolvedBaseImage: String?, name: String?,
        parentStage: Int?, instructions: [DockerInstruction]
    ) {
        self.index = index
        self.from = from
        self.baseImage = baseImage
        self.resolvedBaseImage = resolvedBaseImage
        self.name = name
        self.parentStage = parentStage
        self.instructions = instructions
    }

    /// Returns the instructions of the stage named `keyword`, in file order.
    public func instructions(_ keyword: String) -> [DockerInstruction] {
        instructions.filter { $0.keyword == keyword }
    }

    /// Returns the values that `ARG` defaults and `ENV` set in this stage before `line`, for
    /// expanding `$NAME` in an instruction at that line.
    ///
    /// A global argument is visible in a stage only when the stage declares it again with a
    /// bare `ARG NAME`, and then it keeps its global default. A value that refers to a variable
    /// without a value is left out, so expanding a reference to it fails.
    public func variables(before line: Int, globalArguments: [DockerArgument]) -> [String: String] {
        var values: [String: String] = [:]
        for instruction in instructions where instruction.line < line {
            switch instruction.keyword {
            case "ARG":
                for argument in DockerArgument.all(in: instruction) {
                    let global = globalArguments.last { $0.name == argument.name }?.defaultValue
                    let value = argument.defaultValue ?? global
                    values[argument.name] = value.flatMap { DockerVariableExpander.expand($0, values: values) }
                }
            case "ENV":
                for (name, value) in DockerWords.environmentPairs(instruction.arguments) {
                    values[name] = DockerVariableExpander.expand(value, values: values)
                }
            default:
                break
            }
        }
        return values
    }

    /// Groups instructions into stages, resolving each `FROM` against the global arguments and
    /// the names of the stages before it.
    static func stages(of instructions: [DockerInstruction], globalArguments: [DockerArgument]) -> [DockerStage] {
        var globals: [String: String] = [:]
        for argument in globalArguments {
            if let value = argument.defaultValue {
                globals[argument.name] = DockerVariableExpander.expand(value, values: globals)
            }
        }

        var stages: [DockerStage] = []
        var current: (from: DockerInstruction, body: [DockerInstruction])?
        for instruction in instructions {
            if instruction.keyword == "FROM" {
                if let open = current {
                    stages.append(
                        makeStage(open.from, open.body, index: stages.count, earlier: stages, globals: globals))
                }
                current = (instruction, [])
            } else if current != nil {
                current?.body.append(instruction)
            }
        }
        if let open = current {
            stages.append(makeStage(open.from, open.body, index: stages.count, earlier: stages, globals: globals))
        }
        return stages
    }

    private static func makeStage(
        _ from: DockerInstruction, _ body: [DockerInstruction], index: Int, earlier: [DockerStage],
        globals: [String: String]
    ) -> DockerStage {
        let words = from.words
        let image = words.first ?? ""
        let name = words.count >= 3 && words[1].lowercased() == "as" ? words[2] : nil
        let resolved = DockerVariableExpander.expand(image, values: globals)
        var parent: Int?
        if let resolved {
            let lowered = resolved.lowercased()
            parent = earlier.last { $0.name?.lowercased() == lowered }?.index
            if parent == nil, let number = Int(resolved), number >= 0, number < index {
                parent = number
            }
        }
        return DockerStage(
            index: index, from: from, baseImage: image, resolvedBaseImage: resolved, name: name, parentStage: parent,
            instructions: body)
    }
}
