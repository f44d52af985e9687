/// A libyaml parsing event copied into Swift values, so no C memory outlives the event.
enum YAMLEvent: Sendable, Equatable {
    case streamStart
    case streamEnd
    case documentStart(YAMLMark)
    case documentEnd
    case alias(anchor: String, mark: YAMLMark)
    case scalar(YAMLScalar, anchor: String?)
    case sequenceStart(anchor: String?, mark: YAMLMark)
    case sequenceEnd
    case mappingStart(anchor: String?, mark: YAMLMark)
    case mappingEnd
}
