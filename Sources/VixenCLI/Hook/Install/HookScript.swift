import Foundation
import VixenCore

/// The POSIX shell script that `vixen-gate hook install` writes as the pre-push hook.
///
/// The script runs vixen-gate by the absolute path recorded at install time. When that file is
/// gone it falls back to `vixen-gate` on `PATH` with a warning, and with neither it stops the
/// push with exit status 2. When the pre-push hook that was there before the install exists
/// under ``previousHookName``, the script runs it first with the same standard input, and a
/// failure of either stops the push. Messages are chosen from the locale variables at run time,
/// in the order ``Language/resolve(explicit:environment:)`` reads them.
struct HookScript: Sendable, Equatable {
    /// The line that marks a pre-push hook as written by `hook install`.
    static let marker = "# vixen-gate-hook: pre-push"
    /// The line recording that the install created the hooks folder, so uninstall removes it.
    static let createdFolderMarker = "# vixen-gate-hook: created-folder"
    /// The name, in the hooks folder, of the pre-push hook that the install moved aside.
    static let previousHookName = "pre-push.before-vixen-gate"

    /// The absolute path of the vixen-gate executable to run.
    let executable: String
    /// True when the install created the hooks folder.
    let createdFolder: Bool

    /// Returns true when `text` is a hook that `hook install` wrote.
    static func isInstalled(_ text: String) -> Bool {
        text.split(separator: "\n").contains { $0 == marker }
    }

    /// Returns true when `text` records that the install created the hooks folder.
    static func recordsCreatedFolder(_ text: String) -> Bool {
        text.split(separator: "\n").contains { $0 == createdFolderMarker }
    }

    var text: String {
        let usingPath = Catalog.hookScriptUsingPath(missing: executable)
        let noExecutable = Catalog.hookScriptNoExecutable(missing: executable)
        var lines = [
            "#!/bin/sh",
            Self.marker,
            "# Written by `vixen-gate hook install`. `vixen-gate hook uninstall` removes it and puts back the",
            "# pre-push hook that was here before, which this script runs first while it exists.",
        ]
        if createdFolder {
            lines.append(Self.createdFolderMarker)
        }
        lines += [
            "",
            "executable=\(Self.quoted(executable))",
            "case \"$0\" in",
            "*/*) folder=${0%/*} ;;",
            "*) folder=. ;;",
            "esac",
            "previous=\"$folder/\(Self.previousHookName)\"",
            "",
            "case \"${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}\" in",
            "[Ee][Ss]*) say() { printf '%s\\n' \"$2\" >&2; } ;;",
            "*) say() { printf '%s\\n' \"$1\" >&2; } ;;",
            "esac",
            "",
            "if [ ! -x \"$executable\" ]; then",
            "    if command -v vixen-gate >/dev/null 2>&1; then",
            "        say \(Self.quoted(usingPath.english)) \(Self.quoted(usingPath.spanish))",
            "        executable=vixen-gate",
            "    else",
            "        say \(Self.quoted(noExecutable.english)) \(Self.quoted(noExecutable.spanish))",
            "        exit 2",
            "    fi",
            "fi",
            "",
            "if [ -f \"$previous\" ] && [ -x \"$previous\" ]; then",
            "    # Both hooks read the same ref lines, so standard input is read once and passed to each.",
            "    input=$(cat)",
            "    printf '%s\\n' \"$input\" | \"$previous\" \"$@\" || exit",
            "    printf '%s\\n' \"$input\" | \"$executable\" hook pre-push \"$@\"",
            "    exit",
            "fi",
            "exec \"$executable\" hook pre-push \"$@\"",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Returns `value` as one single-quoted shell word, in which nothing is expanded.
    static func quoted(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
