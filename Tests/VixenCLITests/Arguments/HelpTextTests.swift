import Testing
import VixenCLI
import VixenCore

@Suite struct HelpTextTests {
    @Test func checkHelpInEnglish() throws {
        let help = try VixenGateCommandLine.helpText(for: ["check"], language: .english)
        #expect(
            help == """
                Usage: vixen-gate check [--repo PATH] [--base REV] [--head REV] [--staged]
                                        [--worktree] [--format FORMAT] [--output FORMAT=FILE]
                                        [--ci] [--config FILE] [--color WHEN] [--run-tests]
                                        [--lang LANG]

                Check the commits of a range, and optionally the index and the work tree, and
                report the changed components and the findings.

                By default the range runs from the merge-base of HEAD with its upstream branch
                to HEAD. When HEAD has no upstream, the merge-base with origin/HEAD is used,
                else with main, else with master. --base and --head set either end, and the base
                commit itself is not checked.

                --staged adds the changes staged in the index. --worktree adds the unstaged
                changes in the work tree and the index as well, so it includes --staged.

                With --ci, a pull or merge request is checked from its base commit, a push from
                the commit before it, and a new branch from its merge-base with origin/<default
                branch>. On GitHub Actions without --format, the report is written as
                annotations, and a Markdown summary is appended to $GITHUB_STEP_SUMMARY when it
                is set.

                Options:
                  --repo PATH           Repository to check. Default: the repository that
                                        contains the current directory.
                  --base REV            Revision where the range starts. That commit itself is
                                        not checked. Default: the merge-base described above.
                  --head REV            Revision where the range ends. Default: HEAD.
                  --staged              Also check the changes staged in the index.
                  --worktree            Also check the index and the unstaged changes in the
                                        work tree.
                  --format FORMAT       Format of the report. Accepted values: text, json,
                                        sarif, junit, github, markdown, gitlab. Default: text,
                                        or github with --ci on GitHub Actions.
                  --output FORMAT=FILE  Also write the report in FORMAT to FILE, while the
                                        --format report still goes to standard output. FORMAT
                                        takes the same values as --format, and FILE is relative
                                        to the current directory. Repeat the option to write
                                        several files, each to its own FILE.
                  --ci                  Take the range from the CI's variables: GitHub Actions
                                        (GITHUB_ACTIONS=true) or GitLab CI (GITLAB_CI=true).
                                        --base and --head still set either end.
                  --config FILE         Configuration file to use instead of the repository's
                                        .vixen-gate.yml.
                  --color WHEN          When to color the text report. With auto, color is used
                                        only on a terminal, unless NO_COLOR or CLICOLOR_FORCE
                                        says otherwise. Accepted values: auto, always, never.
                                        Default: auto.
                  --run-tests           Also run the test command of each changed component, as
                                        configured under checklist.tests in .vixen-gate.yml, in
                                        the work tree. A failure blocks.
                  --lang LANG           Language of the messages, the help and the report.
                                        Accepted values: en, es. Default: from LC_ALL,
                                        LC_MESSAGES or LANG, or en when none is set.
                  -h, --help            Show this help.

                Exit status:
                  0  Nothing blocks.
                  1  At least one finding blocks.
                  2  The check could not run, for example because of a usage error, an
                     unreadable repository or an invalid configuration.
                """
        )
    }

    @Test func checkHelpInSpanish() throws {
        let help = try VixenGateCommandLine.helpText(for: ["check"], language: .spanish)
        #expect(
            help == """
                Uso: vixen-gate check [--repo PATH] [--base REV] [--head REV] [--staged]
                                      [--worktree] [--format FORMAT] [--output FORMAT=FILE]
                                      [--ci] [--config FILE] [--color WHEN] [--run-tests]
                                      [--lang LANG]

                Comprueba los commits de un rango, y opcionalmente el índice y el árbol de
                trabajo, e informa de los componentes con cambios y de los hallazgos.

                Por defecto, el rango va desde el merge-base de HEAD con su rama upstream hasta
                HEAD. Si HEAD no tiene upstream, se usa el merge-base con origin/HEAD y, si no
                existe, con main o, en su defecto, con master. --base y --head fijan cada
                extremo, y el commit base no se comprueba.

                --staged añade los cambios preparados en el índice. --worktree añade los cambios
                sin preparar del árbol de trabajo y también el índice, así que incluye --staged.

                Con --ci, una pull request o merge request se comprueba desde su commit base, un
                push desde el commit anterior y una rama nueva desde su merge-base con
                origin/<rama por defecto>. En GitHub Actions sin --format, el informe se escribe
                como anotaciones y se añade un resumen en Markdown a $GITHUB_STEP_SUMMARY cuando
                está definida.

                Opciones:
                  --repo PATH           Repositorio que se comprueba. Por defecto: el
                                        repositorio que contiene el directorio actual.
                  --base REV            Revisión donde empieza el rango. Ese commit no se
                                        comprueba. Por defecto: el merge-base descrito arriba.
                  --head REV            Revisión donde termina el rango. Por defecto: HEAD.
                  --staged              Comprueba también los cambios preparados en el índice.
                  --worktree            Comprueba también el índice y los cambios sin preparar
                                        del árbol de trabajo.
                  --format FORMAT       Formato del informe. Valores aceptados: text, json,
                                        sarif, junit, github, markdown, gitlab. Por defecto:
                                        text, o github con --ci en GitHub Actions.
                  --output FORMAT=FILE  Escribe además el informe en el formato FORMAT en FILE,
                                        mientras el informe de --format sigue saliendo por la
                                        salida estándar. FORMAT admite los mismos valores que
                                        --format, y FILE es relativo al directorio actual.
                                        Repita la opción para escribir varios archivos, cada uno
                                        en su propio FILE.
                  --ci                  Toma el rango de las variables de la CI: GitHub Actions
                                        (GITHUB_ACTIONS=true) o GitLab CI (GITLAB_CI=true).
                                        --base y --head siguen fijando cada extremo.
                  --config FILE         Archivo de configuración que se usa en lugar del
                                        .vixen-gate.yml del repositorio.
                  --color WHEN          Cuándo colorear el informe de texto. Con auto, solo se
                                        colorea en una terminal, salvo que NO_COLOR o
                                        CLICOLOR_FORCE indiquen otra cosa. Valores aceptados:
                                        auto, always, never. Por defecto: auto.
                  --run-tests           Ejecutar también el comando de pruebas de cada
                                        componente con cambios, configurado en checklist.tests
                                        de .vixen-gate.yml, en el árbol de trabajo. Un fallo
                                        bloquea.
                  --lang LANG           Idioma de los mensajes, de la ayuda y del informe.
                                        Valores aceptados: en, es. Por defecto: según LC_ALL,
                                        LC_MESSAGES o LANG, o en (inglés) si ninguna está
                                        definida.
                  -h, --help            Muestra esta ayuda.

                Códigos de salida:
                  0  Nada bloquea.
                  1  Al menos un hallazgo bloquea.
                  2  La comprobación no pudo ejecutarse, por ejemplo por un error de uso, un
                     repositorio que no se puede leer o una configuración no válida.
                """
        )
    }

    @Test func rootHelpInEnglish() throws {
        let help = try VixenGateCommandLine.helpText(for: [], language: .english)
        #expect(
            help == """
                Usage: vixen-gate [--version] [--lang LANG] <command>

                Check a range of commits before it is pushed or deployed, and report the changed
                components and the findings.

                Commands:
                  check       Check the commits of a range, and optionally the index and the
                              work tree, and report the changed components and the findings.
                  scan        Scan files, folders, standard input or the whole history for
                              secrets, reading every line.
                  baseline    Record the current secret findings in a baseline file, so that
                              later checks leave them out.
                  plan        Show the deploy plan of a range for staging, production or a
                              hotfix: the version, the steps with their roles, commands and
                              reasons, and the pre-deployment checklist.
                  deploy      Decide whether the pending changes deploy now, keep batching or
                              must not deploy, and hand the deploy plan to the runner.
                  status      Show what is deployed to staging and production and what is
                              pending for each.
                  state       Record deployments that were made without vixen-gate.
                  hook        Run as a git hook, or install the pre-push hook.
                  rules       List the secret rules: built-in ones and those in the files that
                              .vixen-gate.yml names.
                  migrations  Prove database migrations reversible against a PostgreSQL server.
                  env         List every environment variable per component, where it is read
                              and where it is documented.
                  help        Show the help of a command.
                  version     Show the version of vixen-gate.

                Options:
                  --version    Show the version and exit.
                  --lang LANG  Language of the messages, the help and the report. Accepted
                               values: en, es. Default: from LC_ALL, LC_MESSAGES or LANG, or en
                               when none is set.
                  -h, --help   Show this help.

                Run 'vixen-gate <command> --help' to see the options of a command.
                """
        )
    }

    @Test func versionHelpInEnglish() throws {
        let help = try VixenGateCommandLine.helpText(for: ["version"], language: .english)
        #expect(
            help == """
                Usage: vixen-gate version [--lang LANG]

                Show the version of vixen-gate.

                Options:
                  --lang LANG  Language of the messages, the help and the report. Accepted
                               values: en, es. Default: from LC_ALL, LC_MESSAGES or LANG, or en
                               when none is set.
                  -h, --help   Show this help.
                """
        )
    }

    @Test func everyHelpFitsEightyColumns() throws {
        let topics: [[String]] = [[], ["check"], ["help"], ["version"]]
        for topic in topics {
            for language in Language.allCases {
                let help = try VixenGateCommandLine.helpText(for: topic, language: language)
                let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
                let tooWide = lines.filter { $0.count > 80 }
                #expect(tooWide == [], "help \(topic) in \(language)")
                let trailingSpaces = lines.filter { $0.hasSuffix(" ") }
                #expect(trailingSpaces == [], "help \(topic) in \(language)")
            }
        }
    }

    @Test func checkHelpMentionsEveryOption() throws {
        let help = try VixenGateCommandLine.helpText(for: ["check"], language: .spanish)
        let terms = [
            "--repo PATH", "--base REV", "--head REV", "--staged", "--worktree", "--format FORMAT",
            "--output FORMAT=FILE", "--ci", "--config FILE", "--color WHEN", "--lang LANG", "-h, --help",
        ]
        for term in terms {
            #expect(help.contains("\n  \(term) "), "\(term)")
        }
    }

    @Test func unknownTopicFails() {
        let result = Result { () throws(UsageError) in
            try VixenGateCommandLine.helpText(for: ["release"], language: .english)
        }
        guard case .failure(let error) = result else {
            Issue.record("help for an unknown command succeeded")
            return
        }
        #expect(error.kind == .unknownCommand("release", suggestion: nil))
        #expect(error.exitStatus == 2)
    }
}
