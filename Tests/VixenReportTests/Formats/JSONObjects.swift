import Foundation
import Testing

/// Helpers that parse rendered JSON into Foundation objects, for tests that check a document's shape.
enum JSONObjects {
    /// Parses `text` and returns it as a dictionary, recording an issue when it is not one.
    static func object(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(value as? [String: Any], sourceLocation: sourceLocation)
    }

    /// Parses `text` and returns it as an array of dictionaries.
    static func array(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(value as? [[String: Any]], sourceLocation: sourceLocation)
    }

    /// Returns the value at a path of keys and array indices, such as `["runs", 0, "results"]`.
    static func value(_ root: Any, _ path: [Any]) -> Any? {
        var current: Any? = root
        for step in path {
            if let key = step as? String {
                current = (current as? [String: Any])?[key]
            } else if let index = step as? Int, let array = current as? [Any], array.indices.contains(index) {
                current = array[index]
            } else {
                return nil
            }
        }
        return current
    }
}
