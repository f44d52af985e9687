import Testing
import VixenCLI
import VixenCore

@Suite struct ScanHelpTests {
    @Test func scanHelpInEnglish() throws {
        let help = try VixenGateCommandLine.helpText(for: ["scan"], language: .english)
        #expect(
            help == """
                Usage: vixen-gate scan [--history] [--all] [--repo PATH] [--no-ignore]
                                       [--format FORMAT] [--output FORMAT=FILE] [--config FILE]
                                       [--color WHEN] [--lang LANG] [<path>...]

                Scan files, folders, standard input or the whole history for secrets, reading
                every line.

                Every line of every file counts as added. Findings name a file by the path as
                given joined with the path below it, as grep -r prints them: 'scan src' reports
                src/app/config.py, 'scan .' reports ./app/config.py, and standard input is shown
                as -. Folders named .git are never entered. Symbolic links found inside a folder
                are not followed, so a scan never leaves the folders it was given; a symbolic
                link named on the command line is followed.

                Inside a git work tree, files and folders that git ignores (.gitignore,
                .git/info/exclude, core.excludesFile) are skipped unless git tracks them;
                --no-ignore scans them too. A file or folder named on the command line is
                scanned even when git ignores it.

                A file larger than limits.max_file_size is not read and is reported as a
                git.file-too-large warning. A binary file (git's test: a NUL byte in its first
                8,000 bytes) is not scanned line by line, but its name is still checked, as for
                key stores.

                --history scans every version of every file in the history of HEAD, or of every
                branch, tag and other reference with --all, reading each distinct version once.
                Each secret is reported once per file, with the commit that added it, even when
                a later commit removed it. On a terminal, a progress line shows the commits
                done.

                The configuration is --config FILE, else the .vixen-gate.yml at the root of the
                work tree that contains the current directory, else the defaults. With --history
                it is the .vixen-gate.yml of the repository's work tree, or of its HEAD commit
                when the repository is bare. Allowlists and vixen-gate:allow comments work as in
                check.

                Arguments:
                  <path>  File or folder to scan, or - for standard input. Without one, the
                          current directory is scanned.

                Options:
                  --history             Scan every line ever added in the history instead of
                                        files.
                  --all                 With --history, start from every reference, as git log
                                        --all does, not only from HEAD.
                  --repo PATH           With --history, the repository whose history is scanned.
                                        Default: the repository that contains the current
                                        directory.
                  --no-ignore           Also scan the files and folders that git ignores.
                  --format FORMAT       Format of the report. Accepted values: text, json,
                                        sarif, junit, github, markdown, gitlab. Default: text.
                  --output FORMAT=FILE  Also write the report in FORMAT to FILE, while the
                                        --format report still goes to standard output. FORMAT
                                        takes the same values as --format, and FILE is relative
                                        to the current directory. Repeat the option to write
                                        several files, each to its own FILE.
                  --config FILE         Configuration file to use instead of the repository's
                                        .vixen-gate.yml.
                  --color WHEN          When to color the text report. With auto, color is used
                                        only on a terminal, unless NO_COLOR or CLICOLOR_FORCE
                                        says otherwise. Accepted values: auto, always, never.
                                        Default: auto.
                  --lang LANG           Language of the messages, the help and the report.
                                        Accepted values: en, es. Default: from LC_ALL,
                                        LC_MESSAGES or LANG, or en when none is set.
                  -h, --help            Show this help.

                Exit status:
                  0  Nothing blocks.
                  1  At least one finding blocks.
                  2  The scan could not run, for example because of a usage error, a path that
                     does not exist or cannot be read, an unreadable repository or an invalid
                     configuration.
                """
        )
    }

    @Test func scanHelpInSpanishStartsWithUsage() throws {
        let help = try VixenGateCommandLine.helpText(for: ["scan"], language: .spanish)
        #expect(help.hasPrefix("Uso: vixen-gate scan [--history] [--all] [--repo PATH] [--no-ignore]\n"))
        #expect(help.contains("un enlace simbólico indicado en la línea de comandos sí se sigue."))
    }
}
