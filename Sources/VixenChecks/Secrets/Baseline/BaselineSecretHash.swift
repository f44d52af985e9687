import VixenCore

/// The hash a baseline entry stores for a secret value: the first 20 bits of
/// SHA-256(salt || value), as 5 lowercase hex digits.
///
/// The baseline file is committed, so anyone who can read the repository, or a copy of the file,
/// can read every hash in it. A secret listed there is already in the history when the file is
/// written, but the file can outlive it: a history rewritten to remove the secret, or the file
/// shared on its own. The hash must therefore tell a known finding apart from a new one without
/// letting a reader confirm a guess of the value.
///
/// - The salt is 16 random bytes per baseline file, stored in it. Equal values therefore get
///   unrelated hashes in two files, and tables computed in advance do not apply.
/// - Salting alone does not stop guessing, because SHA-256 is fast: by a rough estimate, one
///   graphics card computes a billion of them per second. Keeping only 20 bits is what limits a
///   guess. Of N wrong guesses, about N / 2^20 match the stored digits by chance, so a list of a
///   million likely passwords already turns up about one false match besides the real value,
///   and longer lists proportionally more. A match therefore does not confirm a guess. Only
///   against a short list of a few thousand candidates is a match probably right, so one of the
///   most common passwords can still be confirmed.
/// - The cost is false matches against the baseline itself. A new, different value is taken for
///   a baselined one only when it also has the same rule id and the same path, and then with a
///   chance of 1 in 2^20 (about one in a million) per baselined entry for that rule and path.
enum BaselineSecretHash {
    /// How many hex digits of the digest an entry keeps: 20 bits.
    static let hexDigits = 5

    /// Returns the hash of `value` under `salt`.
    static func hash(_ value: UnsafeBufferPointer<UInt8>, salt: [UInt8]) -> String {
        var hasher = SHA256()
        hasher.update(salt)
        hasher.update(buffer: value)
        return String(SHA256.hex(hasher.finalize()).prefix(hexDigits))
    }

    static func hash(_ value: [UInt8], salt: [UInt8]) -> String {
        value.withUnsafeBufferPointer { hash($0, salt: salt) }
    }

    /// Returns whether `text` has the form of a stored hash.
    static func isValid(_ text: String) -> Bool {
        text.utf8.count == hexDigits && text.utf8.allSatisfy(HexDigits.isLowercaseHex)
    }
}
