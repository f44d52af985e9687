import Testing
import VixenCLI
import VixenCore

/// SplitMix64: a small generator with a fixed seed, so every run feeds the same argument arrays.
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

/// Arguments that users type, near misses, and odd tokens.
private let vocabulary = [
    "check", "help", "version", "chek", "hook", "", " ", "-", "--", "---", "-h", "--help", "--help=x", "-hh",
    "--version", "--lang", "--lang=es", "--lang=en", "--lang=fr", "es", "en", "--repo", "--repo=", "--base",
    "--base=main", "--head", "HEAD", "main", "--staged", "--staged=1", "--stagd", "-staged", "--worktree",
    "--format", "--format=json", "json", "text", "xml", "--color", "always", "never", "auto", "--config",
    "--config=-", "=", "--=", "-=x", "ñandú", "árbol", "🙂", "a b", "--\u{0}", "\n", "--Lang=es",
]

private let alphabet = Array("-=abcdeghklnorstuvwxyzñá🙂 \t\u{0}")

private func randomArgument(using generator: inout SeededGenerator) -> String {
    if Int.random(in: 0..<5, using: &generator) > 0, let word = vocabulary.randomElement(using: &generator) {
        return word
    }
    let length = Int.random(in: 0...6, using: &generator)
    var characters: [Character] = []
    for _ in 0..<length {
        if let character = alphabet.randomElement(using: &generator) {
            characters.append(character)
        }
    }
    return String(characters)
}

@Suite struct ParserFuzzTests {
    @Test func randomArgumentsNeverCrash() throws {
        var generator = SeededGenerator(seed: 0x5EED_0F_F1CE)
        var successes = 0
        var failures = 0

        for _ in 0..<4000 {
            let count = Int.random(in: 0...7, using: &generator)
            var arguments: [String] = []
            // Half the arrays start with a real command, so that its options get exercised too.
            let command = ["check", "help", "version"].randomElement(using: &generator)
            if Bool.random(using: &generator), let command {
                arguments.append(command)
            }
            for _ in 0..<count {
                arguments.append(randomArgument(using: &generator))
            }

            let invocation = VixenGateCommandLine.parse(arguments, environment: [:])
            #expect(VixenGateCommandLine.parse(arguments, environment: [:]) == invocation, "\(arguments)")
            if !arguments.contains(where: { $0.hasPrefix("--lang") }) {
                #expect(invocation.language == .english, "\(arguments)")
            }

            switch invocation.command {
            case .success(let command):
                successes += 1
                try checkParsed(command, arguments: arguments)
            case .failure(let error):
                failures += 1
                checkError(error, arguments: arguments)
            }
        }

        // The vocabulary must reach both outcomes often, or the loop tests little.
        #expect(successes > 400)
        #expect(failures > 2000)
    }

    private func checkParsed(_ command: ParsedCommand, arguments: [String]) throws {
        switch command {
        case .help(let topic):
            let help = try VixenGateCommandLine.helpText(for: topic, language: .spanish)
            #expect(help.hasPrefix("Uso: vixen-gate"), "\(arguments)")
        case .check(let options):
            #expect(!options.worktree || options.staged, "\(arguments)")
            #expect(options.repo?.isEmpty != true, "\(arguments)")
            #expect(options.base?.isEmpty != true, "\(arguments)")
            #expect(options.head?.isEmpty != true, "\(arguments)")
            #expect(options.config?.isEmpty != true, "\(arguments)")
        case .plan(let options):
            #expect(options.version?.isEmpty != true, "\(arguments)")
        case .scan(let options):
            #expect(options.config?.isEmpty != true, "\(arguments)")
        case .baseline(let options):
            #expect(options.repo?.isEmpty != true, "\(arguments)")
            #expect(options.output?.isEmpty != true, "\(arguments)")
        case .hook, .rules, .migrations, .version, .deploy, .status, .state, .env:
            break
        }
    }

    private func checkError(_ error: UsageError, arguments: [String]) {
        #expect(error.exitStatus == 2, "\(arguments)")
        let helpCommand = (["vixen-gate"] + error.commandPath + ["--help"]).joined(separator: " ")

        if error.kind == .missingCommand {
            #expect(error.message.english.hasPrefix("missing command; "), "\(arguments)")
            #expect(error.message.spanish.hasPrefix("falta el comando; "), "\(arguments)")
            return
        }
        #expect(error.message.english.hasSuffix("\nRun '\(helpCommand)' to see the usage."), "\(arguments)")
        #expect(error.message.spanish.hasSuffix("\nEjecute '\(helpCommand)' para ver la ayuda."), "\(arguments)")
    }
}
