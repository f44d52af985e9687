import FuzzSupport
import VixenCLI
// NOTE: The root package exports no VixenCore product. The module is importable because
// VixenCLI depends on it, and `Language` is needed to render both languages.
import VixenCore

/// Parses the input as a `vixen-gate` command line in which a NUL byte ends each argument.
///
/// The last NUL may be left out, so `check` and `check\0` both read as `["check"]`. An empty
/// input is an empty command line, and `\0` alone is one empty argument. Every input must
/// either parse or give a ``UsageError``. A crash, a hang or a sanitizer report is a bug.
/// Both languages of each message are rendered, and so is the help that a parsed help
/// command requests. ``ParsedCommand/help(topic:)`` documents that rendering it cannot
/// fail, so the harness traps if it does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArguments(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzInputBytes(data, size)
    var pieces = bytes.split(separator: 0, omittingEmptySubsequences: false)
    if pieces.last?.isEmpty == true {
        pieces.removeLast()
    }
    let arguments = pieces.map { String(decoding: $0, as: UTF8.self) }

    let invocation = VixenGateCommandLine.parse(arguments, environment: [:])
    switch invocation.command {
    case .success(.help(let topic)):
        for language in Language.allCases {
            do {
                _ = try VixenGateCommandLine.helpText(for: topic, language: language)
            } catch {
                preconditionFailure("help for a parsed topic \(topic) failed: \(error.message.english)")
            }
        }
    case .success:
        break
    case .failure(let error):
        for language in Language.allCases {
            _ = error.message(language)
        }
    }
    return 0
}

@main
enum ArgumentsTargetMain {
    static func main() {
        FuzzDriver.run(fuzzArguments)
    }
}
