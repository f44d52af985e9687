import FuzzSupport
import VixenSyntax

/// Lexes the input as JavaScript, and as a single-file component's `<script>` elements.
///
/// Beyond not crashing or hanging, the tokens must be in order without overlapping, lie inside
/// the input, and carry the line number that counting `\n` bytes before them gives, because the
/// console and debugger rules match tokens to a diff's added lines by that number.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJavaScript(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzInputBytes(data, size)
    checkTokens(JavaScriptLexer.tokens(in: bytes), in: bytes, range: 0..<bytes.count, firstLine: 1)

    for script in ScriptElements.contents(in: bytes) {
        precondition(script.range.lowerBound <= script.range.upperBound && script.range.upperBound <= bytes.count)
        let line = 1 + bytes[..<script.range.lowerBound].count { $0 == 0x0A }
        precondition(script.firstLine == line, "script element starts on line \(line), not \(script.firstLine)")
        let tokens = JavaScriptLexer.tokens(in: bytes, range: script.range, firstLine: script.firstLine)
        checkTokens(tokens, in: bytes, range: script.range, firstLine: script.firstLine)
    }
    return 0
}

private func checkTokens(_ tokens: [JavaScriptToken], in bytes: [UInt8], range: Range<Int>, firstLine: Int) {
    var end = range.lowerBound
    var line = firstLine
    for token in tokens {
        precondition(!token.range.isEmpty, "empty token at \(token.range)")
        precondition(token.range.lowerBound >= end, "token at \(token.range) overlaps the one before")
        precondition(token.range.upperBound <= range.upperBound, "token at \(token.range) ends past \(range)")
        line += bytes[end..<token.range.lowerBound].count { $0 == 0x0A }
        precondition(token.line == line, "token at \(token.range) is on line \(line), not \(token.line)")
        let inside = bytes[token.range].count { $0 == 0x0A }
        let lastLine = bytes[token.range.upperBound - 1] == 0x0A ? line + inside - 1 : line + inside
        precondition(
            token.lastLine == lastLine, "token at \(token.range) ends on line \(lastLine), not \(token.lastLine)")
        line += inside
        end = token.range.upperBound
    }
}

@main
enum JavaScriptTargetMain {
    static func main() {
        FuzzDriver.run(fuzzJavaScript)
    }
}
