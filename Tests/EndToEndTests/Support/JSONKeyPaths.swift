import Foundation

/// Key paths of a JSON document, such as `range.base` and `files[].path`.
///
/// Array elements share one path segment `[]`, so the collected set shows which keys occur
/// anywhere in the document, whatever their values or how many elements an array has.
enum JSONKeyPaths {
    static func collect(from text: String) throws -> Set<String> {
        let root = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        var paths = Set<String>()
        collect(root, prefix: "", into: &paths)
        return paths
    }

    private static func collect(_ value: Any, prefix: String, into paths: inout Set<String>) {
        if let object = value as? [String: Any] {
            for (key, child) in object {
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                paths.insert(path)
                collect(child, prefix: path, into: &paths)
            }
        } else if let array = value as? [Any] {
            for element in array {
                collect(element, prefix: prefix + "[]", into: &paths)
            }
        }
    }
}
