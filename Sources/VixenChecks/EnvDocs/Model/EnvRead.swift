/// One place where code, a container build or a deploy script reads an environment variable.
public struct EnvRead: Sendable, Hashable {
    /// The kind of file a read was found in, which decides how its name is matched and where
    /// it must be documented.
    public enum Origin: String, Sendable, Hashable, CaseIterable {
        case python
        /// A field of a pydantic-settings `BaseSettings` class.
        case pydanticSettings = "pydantic-settings"
        case javascript
        case dockerfile
        case compose
        case shell
    }

    public let name: String
    /// Path relative to the repository root.
    public let path: String
    /// The 1-based line of the read.
    public let line: Int
    public let origin: Origin
    /// False when the program matches the name in any case, as pydantic-settings does by default.
    public let isCaseSensitive: Bool
    /// True when an unset variable stops the program, as `${NAME:?message}` does.
    public let isRequired: Bool
    /// True for a declaration that names the variable without a read on its own line: a
    /// pydantic-settings field, whose name also depends on the class's prefix.
    ///
    /// A declaration is new when its name is new to the file, whichever lines the change adds.
    public let isDeclaration: Bool

    public init(
        name: String, path: String, line: Int, origin: Origin, isCaseSensitive: Bool = true, isRequired: Bool = false,
        isDeclaration: Bool = false
    ) {
        self.name = name
        self.path = path
        self.line = line
        self.origin = origin
        self.isCaseSensitive = isCaseSensitive
        self.isRequired = isRequired
        self.isDeclaration = isDeclaration
    }

    /// The name as it is compared with documentation: upper-cased when case does not matter.
    public var key: String { isCaseSensitive ? name : name.uppercased() }
}

/// A lookup whose variable name is computed, such as `process.env[name]`, which no static
/// check can compare with the documentation.
public struct EnvDynamicLookup: Sendable, Hashable {
    public let path: String
    public let line: Int
    /// The lookup as written, such as `process.env[name]`, shortened to 80 characters.
    public let expression: String

    public init(path: String, line: Int, expression: String) {
        self.path = path
        self.line = line
        self.expression = expression.count > 80 ? String(expression.prefix(79)) + "…" : expression
    }
}

/// The variables one file reads.
public struct EnvFileReads: Sendable, Equatable {
    public var reads: [EnvRead]
    public var dynamicLookups: [EnvDynamicLookup]

    public init(reads: [EnvRead] = [], dynamicLookups: [EnvDynamicLookup] = []) {
        self.reads = reads
        self.dynamicLookups = dynamicLookups
    }

    public static let empty = EnvFileReads()
}
