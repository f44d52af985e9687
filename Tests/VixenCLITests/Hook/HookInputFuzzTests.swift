import Testing
import VixenCore

@testable import VixenCLI

/// SplitMix64 with a fixed seed, so every run feeds the parser the same inputs.
private struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Builds random hook input: mostly well-formed lines, some near misses, some noise.
private struct InputGenerator {
    var random: SeededGenerator

    private static let hexDigits = Array("0123456789abcdefABCDEF")
    private static let refs = [
        "refs/heads/main", "refs/heads/feature/login", "refs/tags/v1.0", "HEAD~1", "main@{1 day ago}", "(delete)",
        "refs/heads/año", "ñ", "🙂", "a\tb",
    ]
    private static let noise = Array(" \t\r0123456789abcdefgxz/()-~@{}ñ🙂\u{0}\u{1B}")

    mutating func objectID() -> String {
        let length = [40, 64, 40, 64, 39, 41, 0].randomElement(using: &random) ?? 40
        if Int.random(in: 0..<4, using: &random) == 0 {
            return String(repeating: "0", count: length)
        }
        return String((0..<length).map { _ in Self.hexDigits.randomElement(using: &random) ?? "0" })
    }

    mutating func field() -> String {
        switch Int.random(in: 0..<6, using: &random) {
        case 0, 1, 2: return Self.refs.randomElement(using: &random) ?? ""
        case 3, 4: return objectID()
        default:
            let length = Int.random(in: 0...8, using: &random)
            return String((0..<length).map { _ in Self.noise.randomElement(using: &random) ?? " " })
        }
    }

    mutating func line(format: HookInputFormat) -> String {
        if Bool.random(using: &random) {
            switch format {
            case .prePush:
                let local = Self.refs.randomElement(using: &random) ?? ""
                let remote = Self.refs.filter { $0.hasPrefix("refs/") }.randomElement(using: &random) ?? ""
                return "\(local) \(objectID()) \(remote) \(objectID())"
            case .preReceive:
                let ref = Self.refs.filter { $0.hasPrefix("refs/") }.randomElement(using: &random) ?? ""
                return "\(objectID()) \(objectID()) \(ref)"
            }
        }
        let count = Int.random(in: 0...6, using: &random)
        return (0..<count).map { _ in field() }.joined(separator: Bool.random(using: &random) ? " " : "  ")
    }
}

private func isLowercaseObjectID(_ id: ObjectID) -> Bool {
    (id.hex.count == 40 || id.hex.count == 64) && id.hex.allSatisfy { "0123456789abcdef".contains($0) }
}

@Suite struct HookInputFuzzTests {
    @Test(arguments: [HookInputFormat.prePush, .preReceive])
    func randomInputParsesOrNamesLine(format: HookInputFormat) {
        var generator = InputGenerator(
            random: SeededGenerator(seed: format == .prePush ? 0x0070_7573_6800 : 0x7265_6376))
        var parsed = 0
        var rejected = 0

        for _ in 0..<3000 {
            let lineCount = Int.random(in: 0...4, using: &generator.random)
            let lines = (0..<lineCount).map { _ in generator.line(format: format) }
            let input = lines.joined(separator: "\n") + (Bool.random(using: &generator.random) ? "\n" : "")
            // Split on bytes as the parser does, because "\r\n" is one Swift character.
            let rawLines = input.utf8.split(separator: 10, omittingEmptySubsequences: false).map { bytes in
                String(decoding: bytes.last == 13 ? bytes.dropLast() : bytes, as: UTF8.self)
            }

            do {
                let updates = try HookInputParser.parse(input, format: format)
                parsed += 1
                #expect(updates.count == rawLines.filter { !$0.isEmpty }.count, "\(input.debugDescription)")
                for update in updates {
                    #expect(update.newID != nil || update.oldID != nil, "\(input.debugDescription)")
                    #expect(update.newID.map(isLowercaseObjectID) != false, "\(input.debugDescription)")
                    #expect(update.oldID.map(isLowercaseObjectID) != false, "\(input.debugDescription)")
                    #expect(!update.ref.isEmpty, "\(input.debugDescription)")
                    #expect(!update.ref.contains(" "), "\(input.debugDescription)")
                }
            } catch {
                rejected += 1
                #expect(error.format == format)
                #expect(error.lineNumber >= 1, "\(input.debugDescription)")
                #expect(error.lineNumber <= rawLines.count, "\(input.debugDescription)")
                #expect(rawLines.indices.contains(error.lineNumber - 1))
                if rawLines.indices.contains(error.lineNumber - 1) {
                    #expect(rawLines[error.lineNumber - 1] == error.line, "\(input.debugDescription)")
                }
                #expect(!error.line.isEmpty)
                #expect(!error.message.english.contains("\u{1B}"))
                #expect(!error.message.spanish.contains("\u{0}"))
            }
        }

        // The generator must reach both outcomes often, or the loop tests little.
        #expect(parsed > 300)
        #expect(rejected > 1000)
    }

    @Test func wellFormedLinesRoundTrip() throws {
        var generator = InputGenerator(random: SeededGenerator(seed: 0x524F_554E_44))
        for _ in 0..<500 {
            var expected: [RefUpdate] = []
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...5, using: &generator.random) {
                let length = Bool.random(using: &generator.random) ? 40 : 64
                let new = randomID(length: length, zeroChance: 4, using: &generator.random)
                let old =
                    new == nil
                    ? randomID(length: length, zeroChance: 0, using: &generator.random)
                    : randomID(length: length, zeroChance: 2, using: &generator.random)
                let ref =
                    ["refs/heads/main", "refs/heads/x/y", "refs/tags/v9"].randomElement(using: &generator.random)
                    ?? "refs/heads/main"
                let source = new == nil ? "(delete)" : "refs/heads/local"
                let zero = String(repeating: "0", count: length)
                lines.append("\(source) \(new?.hex ?? zero) \(ref) \(old?.hex ?? zero)")
                expected.append(RefUpdate(source: source, ref: ref, newID: new, oldID: old))
            }
            let updates = try HookInputParser.parse(lines.joined(separator: "\n") + "\n", format: .prePush)
            #expect(updates == expected)
        }
    }

    /// Returns a random lowercase id of `length` digits, or nil (the zero id) one time in
    /// `zeroChance` when it is above zero.
    private func randomID(length: Int, zeroChance: Int, using random: inout SeededGenerator) -> ObjectID? {
        if zeroChance > 0, Int.random(in: 0..<zeroChance, using: &random) == 0 {
            return nil
        }
        let digits = Array("0123456789abcdef")
        var hex = String((0..<length).map { _ in digits.randomElement(using: &random) ?? "a" })
        if hex.allSatisfy({ $0 == "0" }) {
            hex = "1" + hex.dropFirst()
        }
        return ObjectID(hex: hex)
    }
}
