import VixenCore

/// Parses what git writes to the standard input of a pre-push or pre-receive hook.
///
/// Every line is read, because one push can update many refs. Object ids are 40 hexadecimal
/// digits in a SHA-1 repository and 64 in a SHA-256 one. The all-zero id of either length
/// stands for a ref that does not exist on one side.
enum HookInputParser {
    /// The local ref that pre-push gets for a deletion.
    static let deletionSource = "(delete)"

    /// Returns one update per non-empty line, in input order.
    ///
    /// Lines end with LF, and a CR before it is dropped. Empty lines are skipped, because they
    /// describe no ref. Uppercase hexadecimal digits are accepted and read as lowercase.
    ///
    /// - Throws: ``HookInputError`` for the first line that does not have the format's layout.
    static func parse(_ text: String, format: HookInputFormat) throws(HookInputError) -> [RefUpdate] {
        // Lines and fields are split on bytes: as Swift characters, "\r\n" is one character that
        // differs from "\n", and a space followed by a combining mark is not a space.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var updates: [RefUpdate] = []
        for (index, rawLine) in lines.enumerated() {
            var line = rawLine[...]
            if line.last == UInt8(ascii: "\r") {
                line = line.dropLast()
            }
            if line.isEmpty {
                continue
            }
            let fields = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
            do throws(HookInputError.Reason) {
                switch format {
                case .prePush: updates.append(try parsePrePush(fields))
                case .preReceive: updates.append(try parsePreReceive(fields))
                }
            } catch {
                throw HookInputError(
                    lineNumber: index + 1, line: String(decoding: line, as: UTF8.self), reason: error, format: format)
            }
        }
        return updates
    }

    /// Parses the fields of `<local ref> SP <local oid> SP <remote ref> SP <remote oid>`.
    ///
    /// The local ref is whatever precedes the last three fields, because git prints a revision
    /// the user typed as given, and one such as `main@{1 day ago}` contains spaces. Ref names,
    /// and so the remote ref, cannot contain spaces.
    private static func parsePrePush(_ fields: [String]) throws(HookInputError.Reason) -> RefUpdate {
        guard fields.count >= 4 else {
            throw .wrongFieldCount
        }
        let source = fields.dropLast(3).joined(separator: " ")
        let localField = fields[fields.count - 3]
        let remoteRef = fields[fields.count - 2]
        let remoteField = fields[fields.count - 1]
        guard !source.isEmpty, !localField.isEmpty, !remoteRef.isEmpty, !remoteField.isEmpty else {
            throw .wrongFieldCount
        }

        let local = try objectID(localField)
        let remote = try objectID(remoteField)
        guard localField.utf8.count == remoteField.utf8.count else {
            throw .mixedObjectIDLengths
        }
        if source == deletionSource, local != nil {
            throw .deletionWithObject
        }
        if local == nil, remote == nil {
            throw .bothZero
        }
        return RefUpdate(source: source, ref: remoteRef, newID: local, oldID: remote)
    }

    /// Parses the fields of `<old oid> SP <new oid> SP <ref name>`.
    private static func parsePreReceive(_ fields: [String]) throws(HookInputError.Reason) -> RefUpdate {
        guard fields.count == 3, !fields.contains(where: \.isEmpty) else {
            throw .wrongFieldCount
        }
        let old = try objectID(fields[0])
        let new = try objectID(fields[1])
        guard fields[0].utf8.count == fields[1].utf8.count else {
            throw .mixedObjectIDLengths
        }
        if old == nil, new == nil {
            throw .bothZero
        }
        return RefUpdate(source: fields[2], ref: fields[2], newID: new, oldID: old)
    }

    /// Returns the object id in `field`, or nil for the all-zero id.
    ///
    /// - Throws: ``HookInputError/Reason/invalidObjectID(_:)`` unless the field is 40 or 64
    ///   hexadecimal digits.
    static func objectID(_ field: String) throws(HookInputError.Reason) -> ObjectID? {
        let digits = field.utf8
        guard digits.count == 40 || digits.count == 64, digits.allSatisfy(isHexDigit) else {
            throw .invalidObjectID(field)
        }
        if digits.allSatisfy({ $0 == UInt8(ascii: "0") }) {
            return nil
        }
        return ObjectID(hex: field.lowercased())
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
            UInt8(ascii: "A")...UInt8(ascii: "F"):
            true
        default:
            false
        }
    }
}
