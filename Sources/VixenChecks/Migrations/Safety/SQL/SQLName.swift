/// One identifier, both as PostgreSQL resolves it and as the migration wrote it.
struct SQLIdentifier: Sendable, Hashable {
    /// The resolved name: lower case when written unquoted, as written when quoted.
    let name: String
    /// The spelling in the source, quotes included, as reports show it.
    let written: String

    init(_ token: SQLToken) {
        name = token.value
        written = token.text
    }

    init(name: String, written: String) {
        self.name = name
        self.written = written
    }
}

/// A table, index or other object name, with an optional schema: `users`, `public."Users"`.
struct SQLName: Sendable, Equatable {
    /// The dotted parts before the object name: a schema, or a database and a schema.
    let qualifiers: [SQLIdentifier]
    let object: SQLIdentifier

    init(qualifiers: [SQLIdentifier] = [], object: SQLIdentifier) {
        self.qualifiers = qualifiers
        self.object = object
    }

    var schema: SQLIdentifier? {
        qualifiers.last
    }

    var written: String {
        (qualifiers + [object]).map(\.written).joined(separator: ".")
    }

    /// Returns whether both names can denote the same object: the object names are equal, and so
    /// are the schemas when both names give one.
    ///
    /// NOTE: an unqualified name is taken to match any schema, because the search_path that
    /// resolves it at run time is not in the text.
    func matches(_ other: SQLName) -> Bool {
        guard object.name == other.object.name else {
            return false
        }
        guard let schema, let otherSchema = other.schema else {
            return true
        }
        return schema.name == otherSchema.name
    }

    /// Returns the same name with its object part replaced, as `ALTER TABLE … RENAME TO` does.
    func renamed(to object: SQLIdentifier) -> SQLName {
        SQLName(qualifiers: qualifiers, object: object)
    }

    /// Returns `table.column` as written, the subject of a hazard on one column.
    func column(_ column: SQLIdentifier) -> String {
        "\(written).\(column.written)"
    }

    /// Returns `table (a, b)` as written, the subject of a hazard on a list of columns.
    func columns(_ columns: [SQLIdentifier]) -> String {
        "\(written) (\(columns.map(\.written).joined(separator: ", ")))"
    }
}
