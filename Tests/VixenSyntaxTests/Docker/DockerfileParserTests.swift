import Testing
import VixenSyntax

@Suite("Dockerfile parser")
struct DockerfileParserTests {
    private func parse(_ text: String) -> Dockerfile {
        Dockerfile(bytes: Array(text.utf8))
    }

    // MARK: Instructions and lines

    @Test func instructionsWithLines() {
        let file = parse(
            """
            # A comment
            FROM python:3.12-slim

            run pip install .
            CMD ["python", "-m", "app"]
            """)
        #expect(file.instructions.map(\.keyword) == ["FROM", "RUN", "CMD"])
        #expect(file.instructions.map(\.line) == [2, 4, 5])
        #expect(
            file.instructions.map(\.arguments) == ["python:3.12-slim", "pip install .", #"["python", "-m", "app"]"#])
    }

    @Test func continuationLinesJoin() throws {
        let file = parse("RUN apt-get update \\\n    && apt-get install -y curl\nUSER app\n")
        let run = try #require(file.instructions.first)
        #expect(run.arguments == "apt-get update     && apt-get install -y curl")
        #expect(run.line == 1)
        #expect(run.lastLine == 2)
        #expect(file.instructions.last?.line == 3)
    }

    @Test func commentsAndBlankLinesInsideContinuationAreDropped() throws {
        let file = parse("RUN a \\\n# explain b\n\n    b\nUSER app")
        let run = try #require(file.instructions.first)
        #expect(run.arguments == "a     b")
        #expect(run.lastLine == 4)
        #expect(file.instructions.map(\.keyword) == ["RUN", "USER"])
    }

    @Test func trailingSpacesAfterEscapeStillContinue() throws {
        let run = try #require(parse("RUN a \\   \n b").instructions.first)
        #expect(run.arguments == "a  b")
    }

    @Test func windowsLineEndings() {
        let file = parse("FROM alpine:3.20\r\nRUN echo hi \\\r\n  there\r\nUSER 1000\r\n")
        #expect(file.instructions.map(\.arguments) == ["alpine:3.20", "echo hi   there", "1000"])
        #expect(file.instructions.map(\.line) == [1, 2, 4])
    }

    @Test func indentedInstructionsAndComments() {
        let file = parse("  FROM alpine\n   # note\n\tRUN true")
        #expect(file.instructions.map(\.keyword) == ["FROM", "RUN"])
    }

    @Test func continuationAtEndOfFile() throws {
        let run = try #require(parse("RUN a \\").instructions.first)
        #expect(run.arguments == "a")
        #expect(run.lastLine == 1)
    }

    // MARK: Directives

    @Test func parserDirectivesAtTop() {
        let file = parse("# syntax=docker/dockerfile:1\n#escape=`\nFROM alpine")
        #expect(
            file.directives == [
                DockerParserDirective(name: "syntax", value: "docker/dockerfile:1"),
                DockerParserDirective(name: "escape", value: "`"),
            ])
        #expect(file.escapeCharacter == "`")
    }

    @Test func directiveAfterCommentIsComment() {
        let file = parse("# hello\n# escape=`\nFROM alpine")
        #expect(file.directives.isEmpty)
        #expect(file.escapeCharacter == "\\")
    }

    @Test func unknownDirectiveEndsDirectives() {
        let file = parse("# unknown=1\n# syntax=x\nFROM alpine")
        #expect(file.directives.isEmpty)
    }

    @Test func backtickEscapeContinuesLines() throws {
        let file = parse("# escape=`\nRUN dir c:\\ `\n  && echo done\n")
        let run = try #require(file.instructions.first)
        #expect(run.arguments == "dir c:\\   && echo done")
        #expect(run.lastLine == 3)
    }

    // MARK: Forms and flags

    @Test func execForm() {
        #expect(parse(#"CMD ["npm", "run", "start"]"#).instructions.first?.form == .exec(["npm", "run", "start"]))
    }

    @Test func execFormEscapes() {
        #expect(parse(#"CMD ["a\"b", "\u00e9\n"]"#).instructions.first?.form == .exec(["a\"b", "é\n"]))
    }

    @Test func invalidJSONIsShellForm() {
        #expect(parse("CMD [\"npm\", start]").instructions.first?.form == .shell("[\"npm\", start]"))
        #expect(parse("CMD [\"a\"] extra").instructions.first?.form == .shell("[\"a\"] extra"))
        #expect(parse("CMD [1]").instructions.first?.form == .shell("[1]"))
    }

    @Test func flagsBeforeArguments() throws {
        let copy = try #require(parse("COPY --from=build --chown=app:app --link /out /srv").instructions.first)
        #expect(
            copy.flags == [
                DockerFlag(name: "from", value: "build"), DockerFlag(name: "chown", value: "app:app"),
                DockerFlag(name: "link", value: ""),
            ])
        #expect(copy.flag("from") == "build")
        #expect(copy.words == ["/out", "/srv"])
    }

    // MARK: Heredocs

    @Test func heredocBodyIsNotInstructions() throws {
        let file = parse(
            """
            RUN <<EOF
            FROM not-an-instruction
            echo hi
            EOF
            USER app
            """)
        #expect(file.instructions.map(\.keyword) == ["RUN", "USER"])
        let run = try #require(file.instructions.first)
        #expect(
            run.heredocs == [
                DockerHeredoc(delimiter: "EOF", body: "FROM not-an-instruction\necho hi", isTerminated: true)
            ])
        #expect(run.lastLine == 4)
    }

    @Test func tabStrippingAndQuotedHeredocs() throws {
        let file = parse("COPY <<-\"A\" <<'B' /dst/\n\tone\n\tA\ntwo\nB\nUSER app")
        let copy = try #require(file.instructions.first)
        #expect(copy.heredocs.map(\.delimiter) == ["A", "B"])
        #expect(copy.heredocs.map(\.body) == ["\tone", "two"])
        #expect(file.instructions.last?.line == 6)
    }

    @Test func unterminatedHeredocRunsToEnd() throws {
        let file = parse("RUN <<EOF\necho\nUSER app")
        #expect(file.instructions.count == 1)
        #expect(file.instructions.first?.heredocs.first?.isTerminated == false)
    }

    @Test func shiftIsNoHeredoc() {
        let file = parse("RUN echo $((1<<2))\nUSER app")
        #expect(file.instructions.map(\.keyword) == ["RUN", "USER"])
        #expect(file.instructions.first?.heredocs == [])
    }

    // MARK: Stages

    @Test func stagesWithNamesAndParents() throws {
        let file = parse(
            """
            FROM node:20 AS build
            RUN npm ci
            FROM build as test
            FROM nginx:1.27-alpine
            COPY --from=build /app/dist /usr/share/nginx/html
            """)
        #expect(file.stages.map(\.name) == ["build", "test", nil])
        #expect(file.stages.map(\.parentStage) == [nil, 0, nil])
        #expect(file.stages.map { $0.instructions.count } == [1, 0, 1])
        let test = file.stages[1]
        #expect(file.lineage(of: test).map(\.index) == [1, 0])
    }

    @Test func stageNamesCompareWithoutCase() {
        let file = parse("FROM alpine AS Builder\nFROM BUILDER")
        #expect(file.stages.last?.parentStage == 0)
    }

    @Test func stageByIndex() {
        let file = parse("FROM alpine\nFROM 0\nFROM 5")
        #expect(file.stages.map(\.parentStage) == [nil, 0, nil])
    }

    @Test func platformFlagIsNotTheImage() {
        #expect(
            parse("FROM --platform=$BUILDPLATFORM node:20-alpine AS deps").stages.first?.baseImage == "node:20-alpine")
    }

    @Test func globalArgumentsResolveBaseImage() {
        let file = parse(
            """
            ARG PYTHON_VERSION=3.12
            ARG VARIANT="slim"
            ARG REGISTRY
            FROM python:${PYTHON_VERSION}-$VARIANT
            FROM ${REGISTRY}/api:1
            FROM ${REGISTRY:-ghcr.io}/api:2
            """)
        #expect(file.globalArguments.map(\.name) == ["PYTHON_VERSION", "VARIANT", "REGISTRY"])
        #expect(file.stages.map(\.resolvedBaseImage) == ["python:3.12-slim", nil, "ghcr.io/api:2"])
    }

    @Test func argumentDefaultUsesEarlierArgument() {
        let file = parse("ARG MAJOR=3\nARG VERSION=${MAJOR}.12 OTHER=x\nFROM python:$VERSION")
        #expect(file.stages.first?.resolvedBaseImage == "python:3.12")
    }

    @Test func stageVariablesFromArgAndEnv() throws {
        let file = parse(
            """
            ARG UID=1000
            FROM alpine
            ARG UID
            ENV APP_USER=app HOME=/home/app
            ENV LEGACY value with spaces
            USER $APP_USER
            """)
        let stage = try #require(file.stages.first)
        let variables = stage.variables(before: 6, globalArguments: file.globalArguments)
        #expect(variables["UID"] == "1000")
        #expect(variables["APP_USER"] == "app")
        #expect(variables["HOME"] == "/home/app")
        #expect(variables["LEGACY"] == "value with spaces")
    }

    @Test func instructionsBeforeFirstFromBelongToNoStage() {
        let file = parse("ARG A=1\nRUN stray\nFROM alpine\nRUN ok")
        #expect(file.stages.first?.instructions.map(\.arguments) == ["ok"])
    }

    @Test func emptyFile() {
        let file = parse("")
        #expect(file.instructions.isEmpty)
        #expect(file.stages.isEmpty)
        #expect(file.finalStage == nil)
    }
}
