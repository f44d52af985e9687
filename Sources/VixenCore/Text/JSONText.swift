import Foundation

/// Writes the JSON that vixen-gate prints and stores: pretty-printed, keys sorted, slashes left
/// unescaped, dates in ISO 8601 at UTC, and a trailing newline, so that equal values always give
/// equal bytes.
public enum JSONText {
    /// Returns `value` as JSON text.
    ///
    /// Every document vixen-gate encodes holds strings, numbers, booleans, nulls, dates and lists
    /// and maps of them, which always encode; a failure is a programming error and stops the process.
    public static func encode(_ value: some Encodable, userInfo: [CodingUserInfoKey: any Sendable] = [:]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.userInfo = userInfo
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            preconditionFailure("JSONEncoder failed on \(type(of: value)): \(error)")
        }
    }
}
