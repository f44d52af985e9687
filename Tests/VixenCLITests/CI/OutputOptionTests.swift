import Testing
import VixenCLI
import VixenCore

extension CI {
    @Suite("--format, --output and --ci options")
    struct OutputOptionTests {
        @Test func outputsKeepTheirOrder() {
            let options = parse("check", "--output", "sarif=vixen-gate.sarif", "--output=markdown=summary.md")
                .checkOptions
            #expect(
                options?.outputs == [
                    CheckOptions.OutputFile(format: .sarif, path: "vixen-gate.sarif"),
                    CheckOptions.OutputFile(format: .markdown, path: "summary.md"),
                ])
        }

        @Test func fileMayContainEqualsSign() {
            let options = parse("check", "--output", "junit=reports/a=b.xml").checkOptions
            #expect(options?.outputs == [CheckOptions.OutputFile(format: .junit, path: "reports/a=b.xml")])
        }

        @Test func withoutOptionsNothingIsRequested() {
            let options = parse("check").checkOptions
            #expect(options?.requestedFormat == nil)
            #expect(options?.format == .text)
            #expect(options?.outputs == [])
            #expect(options?.ci == false)
        }

        @Test(arguments: OutputFormat.allCases)
        func everyFormatIsAccepted(format: OutputFormat) {
            let options = parse("check", "--format", format.rawValue, "--output", "\(format.rawValue)=report")
                .checkOptions
            #expect(options?.requestedFormat == format)
            #expect(options?.format == format)
            #expect(options?.outputs.first?.format == format)
        }

        @Test func formatNamesInHelpOrder() {
            #expect(
                OutputFormat.allCases.map(\.rawValue) == [
                    "text", "json", "sarif", "junit", "github", "markdown", "gitlab",
                ])
        }

        @Test func ciFlag() {
            let options = parse("check", "--ci", "--base", "v1").checkOptions
            #expect(options?.ci == true)
            #expect(options?.base == "v1")
        }

        @Test func ciTakesNoValue() {
            #expect(parse("check", "--ci=yes").usageError?.kind == .unexpectedValue("yes", option: "--ci"))
        }

        // MARK: Errors

        @Test func unknownOutputFormat() {
            let error = parse("check", "--output", "xml=report.xml").usageError
            #expect(error?.kind == .invalidOutputFormat("xml=report.xml"))
            #expect(error?.exitStatus == 2)
            #expect(
                error?.message.english == """
                    invalid format 'xml' in '--output xml=report.xml'; accepted formats: text, json, sarif, junit, \
                    github, markdown, gitlab
                    Run 'vixen-gate check --help' to see the usage.
                    """)
            #expect(
                error?.message.spanish == """
                    formato no válido 'xml' en '--output xml=report.xml'; formatos aceptados: text, json, sarif, junit, \
                    github, markdown, gitlab
                    Ejecute 'vixen-gate check --help' para ver la ayuda.
                    """)
        }

        @Test func emptyFormat() {
            let error = parse("check", "--output", "=report.sarif").usageError
            #expect(error?.kind == .invalidOutputFormat("=report.sarif"))
            #expect(error?.message.english.hasPrefix("invalid format '' in '--output =report.sarif';") == true)
        }

        @Test(arguments: ["sarif", "sarif="])
        func missingFile(entry: String) {
            let error = parse("check", "--output", entry).usageError
            #expect(error?.kind == .missingOutputFile(entry))
            #expect(error?.exitStatus == 2)
        }

        @Test func missingFileMessage() {
            let error = parse("check", "--output=sarif=").usageError
            #expect(
                error?.message.english == """
                    missing file in '--output sarif='; write '--output FORMAT=FILE', such as \
                    '--output sarif=vixen-gate.sarif'
                    Run 'vixen-gate check --help' to see the usage.
                    """)
            #expect(
                error?.message.spanish == """
                    falta el archivo en '--output sarif='; escriba '--output FORMAT=FILE', por ejemplo, \
                    '--output sarif=vixen-gate.sarif'
                    Ejecute 'vixen-gate check --help' para ver la ayuda.
                    """)
        }

        @Test func missingValue() {
            #expect(parse("check", "--output").usageError?.kind == .missingValue(option: "--output"))
        }

        @Test(arguments: [
            ("a.sarif", "./a.sarif"), ("out/a.sarif", "out//a.sarif"), ("/tmp/a.sarif", "/tmp/./a.sarif"),
            ("a.sarif", "a.sarif"),
        ])
        func sameFileTwice(first: String, second: String) {
            let error = parse("check", "--output", "sarif=\(first)", "--output", "json=\(second)").usageError
            #expect(error?.kind == .duplicateOutputFile(second))
            #expect(error?.exitStatus == 2)
        }

        @Test func sameFileMessage() {
            let error = parse("check", "--output", "sarif=a.sarif", "--output", "json=./a.sarif").usageError
            #expect(
                error?.message.english == """
                    '--output sarif=a.sarif' and '--output json=./a.sarif' both write the file './a.sarif'; give each \
                    format its own file
                    Run 'vixen-gate check --help' to see the usage.
                    """)
            #expect(
                error?.message.spanish == """
                    '--output sarif=a.sarif' y '--output json=./a.sarif' escriben el mismo archivo './a.sarif'; indique \
                    un archivo distinto para cada formato
                    Ejecute 'vixen-gate check --help' para ver la ayuda.
                    """)
        }

        /// `..` is left to the check before writing, because only the file system can resolve it.
        @Test func parentFolderSpellingPassesParser() {
            let options = parse("check", "--output", "sarif=out/../a.sarif", "--output", "json=a.sarif").checkOptions
            #expect(options?.outputs.count == 2)
        }

        @Test func sameFormatToTwoFiles() {
            let options = parse("check", "--output", "sarif=a.sarif", "--output", "sarif=b.sarif").checkOptions
            #expect(options?.outputs.map(\.path) == ["a.sarif", "b.sarif"])
        }

        @Test func otherOptionsStillRejectRepeats() {
            #expect(
                parse("check", "--format", "json", "--format", "sarif").usageError?.kind == .repeatedOption("--format"))
            #expect(parse("check", "--ci", "--ci").usageError?.kind == .repeatedOption("--ci"))
        }
    }
}
