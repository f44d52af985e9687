/// A secret a rule confirmed, with the place it sits, as the false-alarm filters see it.
///
/// The buffers are valid only while the scan that built the candidate runs.
struct SecretCandidate {
    /// The file's path relative to the repository root.
    let path: String
    let rule: SecretRule
    /// The line that contains the start of the secret, without its line ending.
    ///
    /// For a secret found in decoded base64 text, it is the line of the decoded text.
    let line: UnsafeBufferPointer<UInt8>
    /// The secret's bytes in ``line``; a secret that goes on past the line's end is cut there.
    let secret: Range<Int>

    /// The last component of ``path``.
    var fileName: Substring {
        path.split(separator: "/").last ?? Substring(path)
    }

    var secretBytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: line[secret])
    }

    /// The bytes of the line before the secret.
    var prefix: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: line[..<secret.lowerBound])
    }
}
