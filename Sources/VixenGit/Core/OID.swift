import CLibGit2
import VixenCore

/// Conversions between libgit2's binary `git_oid` and ``ObjectID``.
extension git_oid {
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    var objectID: ObjectID {
        var oid = self
        let hex = withUnsafeBytes(of: &oid.id) { raw in
            String(unsafeUninitializedCapacity: raw.count * 2) { buffer in
                for (index, byte) in raw.enumerated() {
                    buffer[index * 2] = Self.hexDigits[Int(byte >> 4)]
                    buffer[index * 2 + 1] = Self.hexDigits[Int(byte & 0x0F)]
                }
                return raw.count * 2
            }
        }
        return ObjectID(hex: hex)
    }

    init?(hex: String) {
        var oid = git_oid()
        guard hex.utf8.count == Int(GIT_OID_HEXSZ), git_oid_fromstr(&oid, hex) == 0 else {
            return nil
        }
        self = oid
    }

    var isZero: Bool {
        var oid = self
        return git_oid_is_zero(&oid) == 1
    }
}

/// A `git_oid` usable as a dictionary key; libgit2's struct is not `Hashable`.
struct OIDKey: Hashable {
    let high: UInt64
    let middle: UInt64
    let low: UInt32

    init(_ oid: git_oid) {
        var copy = oid
        (high, middle, low) = withUnsafeBytes(of: &copy.id) { raw in
            (
                raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
            )
        }
    }
}
