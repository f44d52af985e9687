import VixenSyntax

/// pydantic-settings: the fields of every `BaseSettings` class, as environment variables.
///
/// The rules follow pydantic-settings 2.x: a field `database_url` reads `DATABASE_URL` with the
/// class's `env_prefix` in front, in any case unless `case_sensitive` is true. An `alias` or
/// `validation_alias` (a string or `AliasChoices` of strings) is read as written, without the
/// prefix, and so is pydantic 1's `Field(env=...)`. The settings come from
/// `model_config = SettingsConfigDict(...)` or an inner `class Config`, else from the parent
/// settings class in the same file. With `env_nested_delimiter`, a field whose type is another
/// class of the file is read as one variable per field of that class, such as `DB__HOST`.
// NOTE: only classes of the same file are followed, so a settings class whose parent or
// nested model lives in another module is read with the defaults: no prefix, no flattening.
struct PydanticSettingsSource: EnvSource {
    func handles(_ path: String) -> Bool {
        EnvSources.fileExtension(path) == "py"
    }

    func reads(path: String, bytes: [UInt8]) -> EnvFileReads {
        guard bytes.count >= 12, containsBaseSettings(bytes) else {
            return .empty
        }
        let module = PythonModule(bytes: bytes)
        let classes = Dictionary(module.classes.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
        let reader = SettingsReader(module: module, classes: classes)
        var reads: [EnvRead] = []
        for settingsClass in module.classes where reader.isSettings(settingsClass) {
            let settings = reader.settings(of: settingsClass)
            for field in reader.fields(of: settingsClass) {
                for name in reader.names(of: field, settings: settings) {
                    reads.append(
                        EnvRead(
                            name: settings.isCaseSensitive ? name : name.uppercased(), path: path,
                            line: field.start.line, origin: .pydanticSettings,
                            isCaseSensitive: settings.isCaseSensitive, isDeclaration: true))
                }
            }
        }
        return EnvFileReads(reads: reads)
    }

    /// A quick test before tokenizing: the text must name `BaseSettings` somewhere.
    private func containsBaseSettings(_ bytes: [UInt8]) -> Bool {
        let needle = Array("BaseSettings".utf8)
        guard bytes.count >= needle.count else {
            return false
        }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) {
                return true
            }
        }
        return false
    }
}

/// The settings of one `BaseSettings` class that decide its variables' names.
struct PydanticSettings: Equatable {
    var prefix = ""
    var isCaseSensitive = false
    var nestedDelimiter: String?
}

/// Reads settings classes, their configuration and their fields from one module.
private struct SettingsReader {
    let module: PythonModule
    let classes: [String: PythonClass]

    /// True for a class whose base is `BaseSettings`, or another settings class of the module.
    func isSettings(_ candidate: PythonClass, depth: Int = 0) -> Bool {
        guard depth < 16 else {
            return false
        }
        return bases(of: candidate).contains { base in
            if base == "BaseSettings" || base.hasSuffix(".BaseSettings") {
                return true
            }
            guard let parent = classes[base], parent.name != candidate.name else {
                return false
            }
            return isSettings(parent, depth: depth + 1)
        }
    }

    /// Returns the settings of a class: its own where it sets them, else its parent's.
    func settings(of settingsClass: PythonClass, depth: Int = 0) -> PydanticSettings {
        var settings = PydanticSettings()
        if depth < 16, let parentName = bases(of: settingsClass).first(where: { classes[$0] != nil }),
            let parent = classes[parentName], parent.name != settingsClass.name
        {
            settings = self.settings(of: parent, depth: depth + 1)
        }
        for (key, value) in configurationValues(of: settingsClass) {
            switch key {
            case "env_prefix":
                settings.prefix = value.stringValue ?? settings.prefix
            case "case_sensitive":
                if case .bool(let flag) = value {
                    settings.isCaseSensitive = flag
                }
            case "env_nested_delimiter":
                settings.nestedDelimiter = value.stringValue
            default:
                continue
            }
        }
        return settings
    }

    /// Returns the keys set by `model_config = SettingsConfigDict(...)` (or `dict(...)`) and
    /// by an inner `class Config`, whose values are literals.
    private func configurationValues(of settingsClass: PythonClass) -> [(String, PythonLiteral)] {
        var values: [(String, PythonLiteral)] = []
        if let assignment = settingsClass.assignments.last(where: { $0.targets == ["model_config"] }),
            let value = assignment.value, let call = module.calls(in: value.tokens).first
        {
            for argument in call.arguments where argument.kind == .keyword {
                if let keyword = argument.keyword, let literal = module.literal(argument.value) {
                    values.append((keyword, literal))
                }
            }
        }
        let inner = module.classes.last { $0.enclosingClass == settingsClass.qualifiedName && $0.name == "Config" }
        for assignment in inner?.assignments ?? [] {
            if let target = assignment.targets.first, let value = assignment.value,
                let literal = module.literal(value)
            {
                values.append((target, literal))
            }
        }
        return values
    }

    /// Returns the annotated fields of a class body, without private names, `model_config` and `ClassVar`s.
    func fields(of modelClass: PythonClass) -> [PythonAssignment] {
        modelClass.assignments.filter { assignment in
            guard assignment.targets.count == 1, let name = assignment.targets.first,
                let annotation = assignment.annotation
            else {
                return false
            }
            return !name.hasPrefix("_") && name != "model_config" && !annotation.text.hasPrefix("ClassVar")
                && !annotation.text.hasPrefix("typing.ClassVar")
        }
    }

    /// Returns the variable names one field reads.
    func names(of field: PythonAssignment, settings: PydanticSettings, depth: Int = 0) -> [String] {
        guard let fieldName = field.targets.first else {
            return []
        }
        if let aliases = aliases(of: field) {
            return aliases
        }
        let name = settings.prefix + fieldName
        guard let delimiter = settings.nestedDelimiter, !delimiter.isEmpty, depth < 4,
            let nested = nestedModel(of: field)
        else {
            return [name]
        }
        let nestedFields = fields(of: nested)
        guard !nestedFields.isEmpty else {
            return [name]
        }
        var inner = settings
        inner.prefix = name + delimiter
        return nestedFields.flatMap { names(of: $0, settings: inner, depth: depth + 1) }
    }

    /// Returns the names a `Field(...)` value sets with `validation_alias`, `alias` or `env`, or nil.
    private func aliases(of field: PythonAssignment) -> [String]? {
        guard let value = field.value, let call = module.calls(in: value.tokens).first,
            call.tokens.lowerBound == value.tokens.lowerBound, call.callee == "Field" || call.callee.hasSuffix(".Field")
        else {
            return nil
        }
        for keyword in ["validation_alias", "alias", "env"] {
            guard let argument = call.argument(named: keyword) else {
                continue
            }
            if let strings = module.literal(argument)?.strings {
                return strings
            }
            if let choices = module.calls(in: argument.tokens).first,
                choices.callee.hasSuffix("AliasChoices") || choices.callee.hasSuffix("AliasPath")
            {
                let names = choices.arguments.compactMap { module.literal($0.value)?.stringValue }
                return choices.callee.hasSuffix("AliasPath") ? Array(names.prefix(1)) : names
            }
        }
        return nil
    }

    /// Returns the class of the module that a field's annotation names, such as `DatabaseSettings`
    /// in `db: DatabaseSettings` or `db: DatabaseSettings | None`.
    private func nestedModel(of field: PythonAssignment) -> PythonClass? {
        guard let annotation = field.annotation?.text else {
            return nil
        }
        let separators: Set<Character> = ["|", "[", "]", ",", " ", "\n"]
        for part in annotation.split(whereSeparator: { separators.contains($0) }) {
            if let model = classes[String(part)] {
                return model
            }
        }
        return nil
    }

    private func bases(of candidate: PythonClass) -> [String] {
        candidate.arguments.filter { $0.kind == .positional }.map(\.value.text)
    }
}
