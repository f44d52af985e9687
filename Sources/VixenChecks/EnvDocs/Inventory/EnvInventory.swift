import VixenConfig
import VixenCore

/// Every environment variable a tree reads, per component, with where it is read and where it
/// is documented: what `vixen-gate env` lists.
///
/// The whole tree is read, not a change: every file a source reads, outside `node_modules`,
/// and every documentation file. Names that `env.ignore` lists are left out. Variables that
/// documentation lists but no file reads are listed with no component.
public struct EnvInventory: Sendable {
    /// One variable of one component.
    public struct Variable: Sendable, Equatable {
        public let name: String
        /// The component of the files that read it, or nil for a variable only documented.
        public let component: Component?
        public let reads: [EnvRead]
        public let documentation: [EnvDocEntry]
        /// The browser prefix that puts the variable into a frontend bundle, or nil.
        public let browserPrefix: String?

        /// True when a compose file or deploy script stops without the variable.
        public var isRequired: Bool { reads.contains(where: \.isRequired) }
        public var isDocumented: Bool { !documentation.isEmpty }

        /// Returns whether `name`, such as a key in Coolify, is this variable: exactly, or in any
        /// case when every read matches names in any case.
        public func matches(_ name: String) -> Bool {
            let isCaseSensitive = reads.isEmpty || reads.contains(where: \.isCaseSensitive)
            return isCaseSensitive ? name == self.name : name.uppercased() == self.name.uppercased()
        }
    }

    /// A file that was not read because it is larger than `limits.max_file_size`.
    public struct SkippedFile: Sendable, Equatable {
        public let path: String
        public let size: Int64
    }

    public let variables: [Variable]
    public let dynamicLookups: [EnvDynamicLookup]
    public let documentation: EnvDocumentation
    public let skippedFiles: [SkippedFile]

    /// Reads the tree of `snapshot`.
    ///
    /// - Throws: The snapshot's error when a file cannot be read.
    public init(snapshot: any RepositorySnapshot, configuration: Configuration, components: ComponentResolver) throws {
        let limit = configuration.limits.maxFileSize
        var reads: [EnvRead] = []
        var lookups: [EnvDynamicLookup] = []
        var skipped: [SkippedFile] = []
        for path in snapshot.paths
        where EnvSources.handles(path) && !path.split(separator: "/").contains("node_modules") {
            guard let bytes = try snapshot.contents(of: path) else {
                continue
            }
            guard bytes.count <= limit else {
                skipped.append(SkippedFile(path: path, size: Int64(bytes.count)))
                continue
            }
            let found = EnvSources.reads(path: path, bytes: bytes)
            reads += found.reads
            lookups += found.dynamicLookups
        }
        let documentation = try EnvDocumentation(snapshot: snapshot, configuration: configuration)
        self.documentation = documentation
        dynamicLookups = lookups
        skippedFiles = skipped
        variables = Self.group(reads, documentation: documentation, settings: configuration.env, components: components)
    }

    private static func group(
        _ reads: [EnvRead], documentation: EnvDocumentation, settings: Configuration.Env, components: ComponentResolver
    ) -> [Variable] {
        var groups: [String: (component: Component?, reads: [EnvRead])] = [:]
        var order: [String] = []
        for read in reads where !settings.isIgnored(read.name, isCaseSensitive: read.isCaseSensitive) {
            let component = components.component(for: read.path)
            let groupKey = "\(component?.name ?? "")\u{0}\(read.key)"
            if groups[groupKey] == nil {
                order.append(groupKey)
                groups[groupKey] = (component, [])
            }
            groups[groupKey]?.reads.append(read)
        }
        var variables: [Variable] = order.compactMap { groupKey in
            guard let group = groups[groupKey], let first = group.reads.first else {
                return nil
            }
            return Variable(
                name: first.name, component: group.component, reads: group.reads,
                documentation: documentation.entries(for: first.name, isCaseSensitive: first.isCaseSensitive),
                browserPrefix: settings.browserPrefix(of: first.name))
        }
        let readKeys = Set(reads.map(\.key))
        let caseInsensitiveKeys = Set(reads.filter { !$0.isCaseSensitive }.map(\.key))
        var unread: [String: [EnvDocEntry]] = [:]
        for entry in documentation.entries
        where !readKeys.contains(entry.name) && !caseInsensitiveKeys.contains(entry.name.uppercased())
            && !settings.isIgnored(entry.name)
        {
            unread[entry.name, default: []].append(entry)
        }
        for (name, entries) in unread {
            variables.append(
                Variable(
                    name: name, component: nil, reads: [], documentation: entries,
                    browserPrefix: settings.browserPrefix(of: name)))
        }
        return variables.sorted { lhs, rhs in
            switch (lhs.component, rhs.component) {
            case (let left?, let right?) where left != right: return left < right
            case (.some, nil): return true
            case (nil, .some): return false
            default: return lhs.name < rhs.name
            }
        }
    }
}
