extension DockerInstruction {
    /// The build arguments an `ARG` instruction declares, or none for any other instruction.
    public var declaredArguments: [DockerArgument] {
        keyword == "ARG" ? DockerArgument.all(in: self) : []
    }

    /// The `NAME=value` pairs an `ENV` instruction sets, in order, or none for any other instruction.
    ///
    /// Values keep their `$NAME` references unexpanded, with quotes removed.
    public var environmentPairs: [(name: String, value: String)] {
        guard keyword == "ENV" else {
            return []
        }
        return DockerWords.environmentPairs(arguments).map { (name: $0.0, value: $0.1) }
    }
}
