import VixenCore

/// The byte layout of a cache file.
///
/// | Bytes | Content |
/// |-------|---------|
/// | 8     | ``DatabaseCache/magic`` |
/// | 32    | the cache key |
/// | 8     | the probe's length, little-endian |
/// | n     | the probe: which rules found their first example, one bit per rule |
/// | 32    | SHA-256 of the payload |
/// | 8     | the payload's length, little-endian |
/// | m     | the payload: `hs_serialize_database`'s bytes |
struct CacheFile {
    let bytes: [UInt8]

    struct Contents {
        let key: [UInt8]
        let probe: [UInt8]
        let payload: [UInt8]
    }

    static func encode(key: [UInt8], probe: [UInt8], payload: [UInt8]) -> [UInt8] {
        var bytes = DatabaseCache.magic
        bytes += key
        bytes += littleEndian(probe.count)
        bytes += probe
        bytes += SHA256.hash(payload)
        bytes += littleEndian(payload.count)
        bytes += payload
        return bytes
    }

    /// Returns the parts, or nil when the magic, a length or the checksum is wrong.
    func decode() -> Contents? {
        var reader = Reader(bytes: bytes)
        guard reader.take(DatabaseCache.magic.count) == DatabaseCache.magic,
            let key = reader.take(32),
            let probeLength = reader.takeLength(),
            let probe = reader.take(probeLength),
            let checksum = reader.take(32),
            let payloadLength = reader.takeLength(),
            let payload = reader.take(payloadLength),
            reader.isAtEnd,
            SHA256.hash(payload) == checksum
        else {
            return nil
        }
        return Contents(key: key, probe: probe, payload: payload)
    }

    private static func littleEndian(_ value: Int) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: UInt64(value) >> UInt64($0 * 8)) }
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        var isAtEnd: Bool { offset == bytes.count }

        mutating func take(_ count: Int) -> [UInt8]? {
            guard count >= 0, count <= bytes.count - offset else {
                return nil
            }
            defer { offset += count }
            return Array(bytes[offset..<offset + count])
        }

        mutating func takeLength() -> Int? {
            guard let raw = take(8) else {
                return nil
            }
            var value: UInt64 = 0
            for (index, byte) in raw.enumerated() {
                value |= UInt64(byte) << UInt64(index * 8)
            }
            return value <= UInt64(Int.max) ? Int(value) : nil
        }
    }
}
