extension DecodingProblem {
    /// Describes a `DecodingError` by the path of the field, without the value that was read.
    init(_ error: DecodingError) {
        switch error {
        case .keyNotFound(let key, let context):
            self = .missingField(Self.path(context.codingPath + [key]))
        case .typeMismatch(_, let context):
            self = .wrongType(Self.path(context.codingPath))
        case .valueNotFound(_, let context):
            self = .wrongType(Self.path(context.codingPath))
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            self = .notJSON
        case .dataCorrupted(let context):
            self = .invalidValue(Self.path(context.codingPath))
        @unknown default:
            self = .notJSON
        }
    }

    /// Writes a coding path as `deployments[0].resource_uuid`, or `(root)` when it is empty.
    private static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text.isEmpty ? "(root)" : text
    }
}
