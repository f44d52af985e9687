import VixenCore

extension ObjectID {
    /// Returns the id that `text` spells as a full lowercase hex id (40 digits for SHA-1, 64 for
    /// SHA-256), or nil for anything else, abbreviations included.
    static func fullHex(_ text: String) -> ObjectID? {
        let isHex = text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
        guard isHex, text.utf8.count == 40 || text.utf8.count == 64 else {
            return nil
        }
        return ObjectID(hex: text)
    }
}

extension KeyedDecodingContainer {
    /// Decodes a full lowercase hex object id.
    func decodeObjectID(forKey key: Key) throws -> ObjectID {
        let text = try decode(String.self, forKey: key)
        guard let id = ObjectID.fullHex(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "\"\(text)\" is not a full object id")
        }
        return id
    }
}
