import Foundation
import VixenCore

/// The baseline's file format: a JSON object, written so that the same baseline always gives
/// the same bytes.
///
/// ```json
/// {
///   "version": 1,
///   "salt": "<32 lowercase hex digits>",
///   "entries": [
///     {"rule": "secret.env-file", "path": "backend/.env"},
///     {"rule": "secret.generic-password", "path": "backend/app/settings.py", "hash": "3f9a1"}
///   ]
/// }
/// ```
///
/// Entries are written sorted, one per line, so a change to the baseline reads as a short diff.
/// The writer escapes only what JSON requires, so the output does not depend on a JSON library's
/// formatting choices. The reader accepts any valid JSON of this shape, in any key order.
public enum BaselineFile {
    /// The format version this code writes and reads.
    public static let version = 1

    /// Returns the file's bytes: UTF-8, two-space indentation, a final newline.
    public static func encode(_ baseline: SecretBaseline) -> [UInt8] {
        var text = "{\n"
        text += "  \"version\": \(version),\n"
        text += "  \"salt\": \"\(SHA256.hex(baseline.salt))\",\n"
        if baseline.entries.isEmpty {
            text += "  \"entries\": []\n"
        } else {
            text += "  \"entries\": [\n"
            text += baseline.entries.map { "    " + encode($0) }.joined(separator: ",\n")
            text += "\n  ]\n"
        }
        text += "}\n"
        return Array(text.utf8)
    }

    private static func encode(_ entry: SecretBaseline.Entry) -> String {
        var fields = [
            "\"rule\": " + quoted(entry.rule.description),
            "\"path\": " + quoted(entry.path),
        ]
        if let hash = entry.hash {
            fields.append("\"hash\": " + quoted(hash))
        }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// Returns `text` as a JSON string: quotes, backslashes and control characters escaped, every
    /// other character written as itself.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Parses a baseline file.
    ///
    /// - Parameter file: The name errors give the file, such as `1a2b3c4:.vixen-gate-baseline.json`.
    /// - Throws: ``BaselineError`` naming the file and the first problem found.
    public static func decode(_ bytes: [UInt8], file: String) throws(BaselineError) -> SecretBaseline {
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw BaselineError(file: file, problem: problem(of: error))
        } catch {
            throw BaselineError(file: file, problem: Catalog.baselineProblemNotJSON())
        }
        return try validate(document, file: file)
    }

    // MARK: - Reading

    private struct Document: Decodable {
        let version: Int
        let salt: String
        let entries: [EntryDocument]
    }

    private struct EntryDocument: Decodable {
        let rule: String
        let path: String
        let hash: String?
    }

    private static func validate(_ document: Document, file: String) throws(BaselineError) -> SecretBaseline {
        guard document.version == version else {
            throw BaselineError(
                file: file, problem: Catalog.baselineProblemVersion(document.version, supported: version))
        }
        guard let salt = HexDigits.bytes(of: document.salt), salt.count == SecretBaseline.saltByteCount else {
            throw BaselineError(
                file: file, problem: Catalog.baselineProblemSalt(hexDigits: SecretBaseline.saltByteCount * 2))
        }
        var entries: [SecretBaseline.Entry] = []
        for (index, entry) in document.entries.enumerated() {
            guard let rule = RuleID(parsing: entry.rule), rule.family == .secret else {
                throw BaselineError(file: file, problem: Catalog.baselineProblemRule(index, value: entry.rule))
            }
            guard !entry.path.isEmpty else {
                throw BaselineError(file: file, problem: Catalog.baselineProblemEmptyPath(index))
            }
            if let hash = entry.hash, !BaselineSecretHash.isValid(hash) {
                throw BaselineError(
                    file: file,
                    problem: Catalog.baselineProblemHash(index, value: hash, hexDigits: BaselineSecretHash.hexDigits))
            }
            entries.append(SecretBaseline.Entry(rule: rule, path: entry.path, hash: entry.hash))
        }
        return SecretBaseline(salt: salt, entries: entries)
    }

    /// Returns the problem a decoding error describes, naming the key by its path in the file.
    private static func problem(of error: DecodingError) -> LocalizedText {
        switch error {
        case .keyNotFound(let key, let context):
            return Catalog.baselineProblemMissingKey(keyPath(context.codingPath + [key]))
        case .typeMismatch(_, let context) where context.codingPath.isEmpty:
            return Catalog.baselineProblemNotObject()
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return Catalog.baselineProblemWrongType(
                keyPath(context.codingPath), expected: expectedKind(at: context.codingPath))
        case .dataCorrupted(let context) where !context.codingPath.isEmpty:
            return Catalog.baselineProblemWrongType(
                keyPath(context.codingPath), expected: expectedKind(at: context.codingPath))
        default:
            return Catalog.baselineProblemNotJSON()
        }
    }

    /// Returns a key path such as `entries[2].rule`.
    private static func keyPath(_ keys: [any CodingKey]) -> String {
        var path = ""
        for key in keys {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return path
    }

    /// Returns the JSON type the value at `keys` must have.
    private static func expectedKind(at keys: [any CodingKey]) -> LocalizedText {
        guard let last = keys.last else {
            return Catalog.baselineKindObject()
        }
        if last.intValue != nil {
            return Catalog.baselineKindObject()
        }
        switch last.stringValue {
        case "version": return Catalog.baselineKindInteger()
        case "entries": return Catalog.baselineKindArray()
        default: return Catalog.baselineKindString()
        }
    }
}
