/// One instruction of a Dockerfile, such as `FROM python:3.12-slim AS build` or `RUN pip install .`.
public struct DockerInstruction: Sendable, Equatable {
    /// The instruction's name in upper case: `FROM`, `RUN`, `USER`; kept as written for an
    /// unknown name.
    public let keyword: String
    /// The text after the keyword, with continuation lines joined and comment lines inside
    /// them removed, trimmed of surrounding whitespace.
    public let arguments: String
    /// The 1-based line where the instruction starts.
    public let line: Int
    /// The 1-based line where it ends, after its continuation lines and here-documents.
    public let lastLine: Int
    public let heredocs: [DockerHeredoc]

    public init(keyword: String, arguments: String, line: Int, lastLine: Int, heredocs: [DockerHeredoc] = []) {
        self.keyword = keyword
        self.arguments = arguments
        self.line = line
        self.lastLine = lastLine
        self.heredocs = heredocs
    }

    /// The leading `--name=value` options, such as `--platform=linux/amd64` or `--from=build`;
    /// a flag without `=` has an empty value.
    public var flags: [DockerFlag] {
        splitFlags().flags
    }

    /// Returns the value of the flag `name` (without its dashes), or nil when it is not given.
    public func flag(_ name: String) -> String? {
        flags.last { $0.name == name }?.value
    }

    /// The arguments after the flags, in JSON (exec) form when they are a JSON array of
    /// strings, else in shell form.
    public var form: DockerCommandForm {
        let rest = splitFlags().rest
        if rest.hasPrefix("["), let items = DockerJSONArray.strings(in: rest) {
            return .exec(items)
        }
        return .shell(rest)
    }

    /// The words of the arguments after the flags, split at whitespace; quotes are not interpreted.
    public var words: [String] {
        splitFlags().rest.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    private func splitFlags() -> (flags: [DockerFlag], rest: String) {
        var flags: [DockerFlag] = []
        var rest = Substring(arguments)
        while rest.hasPrefix("--") {
            let word = rest.prefix { !$0.isWhitespace }
            guard word.count > 2 else {
                break
            }
            let body = word.dropFirst(2)
            if let equals = body.firstIndex(of: "=") {
                flags.append(
                    DockerFlag(name: String(body[..<equals]), value: String(body[body.index(after: equals)...])))
            } else {
                flags.append(DockerFlag(name: String(body), value: ""))
            }
            rest = rest.dropFirst(word.count).drop { $0.isWhitespace }
        }
        return (flags, String(rest))
    }
}

/// An option written before an instruction's arguments, such as `--chown=app:app`.
public struct DockerFlag: Sendable, Equatable {
    public let name: String
    public let value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// The two ways an instruction's command is written.
public enum DockerCommandForm: Sendable, Equatable {
    /// A JSON array, `["npm", "start"]`, run without a shell.
    case exec([String])
    /// Plain text, `npm start`, run through the shell.
    case shell(String)
}

/// A here-document of a `RUN`, `COPY` or `ADD` instruction: `<<EOF` up to a line `EOF`.
public struct DockerHeredoc: Sendable, Equatable {
    /// The word that ends the document.
    public let delimiter: String
    /// The document's lines, without the delimiter line.
    public let body: String
    /// False when the file ends before the delimiter line.
    public let isTerminated: Bool

    public init(delimiter: String, body: String, isTerminated: Bool) {
        self.delimiter = delimiter
        self.body = body
        self.isTerminated = isTerminated
    }
}
