import CYAML
import VixenCore

/// Owns a libyaml parser and the copy of the input it reads, and yields its events.
///
/// libyaml keeps pointers to both the parser struct and the input buffer between calls, so
/// both live in memory allocated here, which never moves, and are freed in `deinit`.
final class LibYAMLParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let source: String

    /// The tag libyaml reports for a scalar written with `!!str`.
    private static let stringTag = "tag:yaml.org,2002:str"

    /// Prepares a parser over a copy of `bytes`; `source` names the file in errors.
    init(bytes: [UInt8], source: String) throws(ConfigurationError) {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            throw ConfigurationError(source: source, line: 1, column: 1, message: Catalog.yamlOutOfMemory())
        }
        // One spare byte, so an empty file still gets a valid, non-null buffer.
        let input = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count + 1)
        _ = input.initialize(from: bytes + [0])
        yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)

        self.parser = parser
        self.input = input
        self.source = source
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        input.deallocate()
    }

    /// Parses and returns the next event, freeing libyaml's copy of it before returning.
    func nextEvent() throws(ConfigurationError) -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            throw parserError()
        }
        defer { yaml_event_delete(&event) }

        let mark = Self.mark(event.start_mark)
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_STREAM_END_EVENT:
            return .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart(mark)
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(anchor: Self.string(event.data.alias.anchor) ?? "", mark: mark)
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let value = data.value.map { pointer in
                String(decoding: UnsafeBufferPointer(start: pointer, count: data.length), as: UTF8.self)
            }
            let isQuoted = data.style != YAML_PLAIN_SCALAR_STYLE || Self.string(data.tag) == Self.stringTag
            let scalar = YAMLScalar(value: value ?? "", isQuoted: isQuoted, mark: mark)
            return .scalar(scalar, anchor: Self.string(data.anchor))
        case YAML_SEQUENCE_START_EVENT:
            return .sequenceStart(anchor: Self.string(event.data.sequence_start.anchor), mark: mark)
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            return .mappingStart(anchor: Self.string(event.data.mapping_start.anchor), mark: mark)
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd
        default:
            // libyaml 0.2.5 returns YAML_NO_EVENT only after an error, which is handled above.
            throw ConfigurationError(
                source: source, line: mark.line, column: mark.column,
                message: Catalog.yamlSyntaxError(
                    problem: "unexpected event \(event.type.rawValue)", context: nil, contextLine: 0, contextColumn: 0
                )
            )
        }
    }

    /// Builds the error for libyaml's current failure, at the position libyaml reports.
    private func parserError() -> ConfigurationError {
        let state = parser.pointee
        let problem = Self.string(state.problem) ?? "unknown error"

        switch state.error {
        case YAML_MEMORY_ERROR:
            return ConfigurationError(source: source, line: 1, column: 1, message: Catalog.yamlOutOfMemory())
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset instead of a line and column.
            let mark = position(ofByte: state.problem_offset)
            return ConfigurationError(
                source: source, line: mark.line, column: mark.column,
                message: Catalog.yamlEncodingError(problem: problem, byteOffset: state.problem_offset)
            )
        default:
            let mark = Self.mark(state.problem_mark)
            let contextMark = Self.mark(state.context_mark)
            let message = Catalog.yamlSyntaxError(
                problem: problem,
                context: Self.string(state.context),
                contextLine: contextMark.line,
                contextColumn: contextMark.column
            )
            return ConfigurationError(source: source, line: mark.line, column: mark.column, message: message)
        }
    }

    /// Converts a byte offset of the input to a 1-based line and a column counted in characters.
    private func position(ofByte offset: Int) -> YAMLMark {
        var line = 1
        var column = 1
        for byte in input.prefix(min(offset, input.count - 1)) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return YAMLMark(line: line, column: column)
    }

    private static func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: mark.line + 1, column: mark.column + 1)
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
