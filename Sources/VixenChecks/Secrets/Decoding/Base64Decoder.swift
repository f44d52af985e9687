/// Decodes base64 blobs that hold text, within a budget of decoded bytes.
///
/// Only text is worth scanning again: a base64 credential, a PEM key or a `.env` file encoded
/// for a Kubernetes secret decodes to printable ASCII, while images, fonts, digests and random
/// keys decode to binary. So the decoder first decodes the first 4 characters and gives up
/// unless they give printable bytes. That costs nothing and turns away most identifiers and
/// binary data. Only then does it decode the rest, which it keeps when all of it is printable.
struct Base64Decoder {
    /// The maximum number of bytes one decoder produces, over all its blobs.
    ///
    /// NOTE: blobs past this budget are not decoded, so a secret encoded in them is not found.
    /// 1 MiB is as much as the default file size limit lets a file's added lines hold.
    static let defaultBudget = 1 << 20

    private(set) var remainingBudget: Int

    init(budget: Int = Base64Decoder.defaultBudget) {
        remainingBudget = budget
    }

    /// Returns the text `blob` encodes, or nil when it is not printable text, is not valid
    /// base64, or does not fit in the remaining budget.
    mutating func decodeText(_ blob: Base64Blob) -> [UInt8]? {
        guard let alphabet = blob.alphabet else {
            return nil
        }
        let characters = blob.unpadded
        let decodedLength = characters.count / 4 * 3 + max(0, characters.count % 4 - 1)
        guard decodedLength <= remainingBudget else {
            return nil
        }
        guard let head = Self.decode(characters.prefix(4), alphabet: alphabet), head.allSatisfy(Self.isPrintable)
        else {
            return nil
        }
        remainingBudget -= decodedLength
        guard let bytes = Self.decode(characters, alphabet: alphabet), bytes.allSatisfy(Self.isPrintable) else {
            return nil
        }
        return bytes
    }

    /// Returns the bytes `characters` encode, or nil when one of them is not in `alphabet`.
    ///
    /// Bits of a last, partial group that make no whole byte are dropped.
    static func decode(_ characters: ArraySlice<UInt8>, alphabet: Base64Alphabet) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(characters.count / 4 * 3 + 2)
        var buffer: UInt32 = 0
        var bits = 0
        for character in characters {
            guard let value = alphabet.value(of: character) else {
                return nil
            }
            buffer = buffer << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                bytes.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return bytes
    }

    /// Returns whether `byte` is printable ASCII, a tab, a line feed or a carriage return.
    private static func isPrintable(_ byte: UInt8) -> Bool {
        (0x20...0x7E).contains(byte) || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
