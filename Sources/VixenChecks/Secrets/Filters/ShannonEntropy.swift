import Foundation

/// Shannon entropy of a byte string, in bits per byte: 0 for one repeated byte, 8 at most.
///
/// Random keys score high (about 6 for base64, 4 for hex) and words, identifiers and
/// placeholders score low, which is what the `min_entropy` of a rule compares against.
enum ShannonEntropy {
    static func bitsPerByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Double {
        guard !bytes.isEmpty else {
            return 0
        }
        var counts = [Int](repeating: 0, count: 256)
        for byte in bytes {
            counts[Int(byte)] += 1
        }
        let total = Double(bytes.count)
        var entropy = 0.0
        for count in counts where count > 0 {
            let probability = Double(count) / total
            entropy -= probability * log2(probability)
        }
        return entropy
    }

    static func bitsPerByte(_ bytes: [UInt8]) -> Double {
        bytes.withUnsafeBufferPointer { bitsPerByte($0) }
    }
}
