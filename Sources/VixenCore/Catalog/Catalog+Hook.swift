/// Messages of the git hooks: what a hook prints about each pushed ref, why a push was rejected
/// and how to go on, what `hook install` and `hook uninstall` did, and the help of `vixen-gate hook`.
///
/// Ref names, object ids, paths and commands are quoted as they are and never translated.
extension Catalog {
    // MARK: Checking a push

    /// Returns the first line a pre-push check prints.
    ///
    /// git passes the URL as the remote name too when the push names no remote, so the URL is
    /// shown once then.
    public static func hookCheckingPush(remote: String, url: String) -> LocalizedText {
        if remote == url {
            return LocalizedText(
                en: "vixen-gate: checking the push to \(url)",
                es: "vixen-gate: comprobando el push a \(url)")
        }
        return LocalizedText(
            en: "vixen-gate: checking the push to \(remote) (\(url))",
            es: "vixen-gate: comprobando el push a \(remote) (\(url))")
    }

    /// Returns the first line a pre-receive check prints on the server.
    public static func hookCheckingReceive() -> LocalizedText {
        LocalizedText(
            en: "vixen-gate: checking the pushed refs",
            es: "vixen-gate: comprobando las referencias recibidas")
    }

    /// Returns the line for a ref that the push deletes.
    public static func hookRefDeleted(_ ref: String) -> LocalizedText {
        LocalizedText(
            en: "\(ref): deleted, nothing to check",
            es: "\(ref): se elimina, no hay nada que comprobar")
    }

    /// Returns the line for a ref whose new object is a tree or a blob, such as a tag of a file.
    public static func hookRefNoCommit(_ ref: String, object: String) -> LocalizedText {
        LocalizedText(
            en: "\(ref): points to \(object), which is not a commit, so it brings no commits to check",
            es: "\(ref): apunta a \(object), que no es un commit, así que no aporta commits que comprobar")
    }

    /// Returns the line for a ref and the commits that are new to the remote.
    ///
    /// A count of zero is printed too, so a new branch made of commits the remote already has
    /// never passes in silence.
    ///
    /// - Parameter span: The range as `base..head` in short ids.
    public static func hookRefCommits(_ ref: String, count: Int, span: String) -> LocalizedText {
        LocalizedText(
            en: "\(ref): \(count == 1 ? "1 new commit" : "\(count) new commits") in \(span)",
            es: "\(ref): \(count == 1 ? "1 commit nuevo" : "\(count) commits nuevos") en \(span)")
    }

    /// Returns the line printed instead of a report when no pushed ref brings a new commit.
    public static func hookNothingNew() -> LocalizedText {
        LocalizedText(
            en: "No new commits to check; nothing blocks.",
            es: "No hay commits nuevos que comprobar; nada bloquea.")
    }

    // MARK: A rejected push

    /// Returns the first line after a report that blocks: who stopped the push.
    ///
    /// - Parameter onServer: True in pre-receive, where the server rejects the push.
    public static func hookBlockedStopped(onServer: Bool) -> LocalizedText {
        onServer
            ? LocalizedText(en: "The server rejected the push.", es: "El servidor ha rechazado el push.")
            : LocalizedText(en: "The push was stopped.", es: "Se ha detenido el push.")
    }

    /// Returns the hint for blocking findings that come from one pushed commit's own changes
    /// (`secret.*` and `git.*`), which only rewriting that commit clears.
    public static func hookBlockedRewrite() -> LocalizedText {
        LocalizedText(
            en: "Findings of secret.* and git.* rules are checked in every pushed commit, not only the last one, so "
                + "a fix in a new commit on top does not clear them. Rewrite the commits that added them (for "
                + "example with `git rebase -i`), then push again.",
            es: "Los hallazgos de las reglas secret.* y git.* se comprueban en cada commit enviado, no solo en el "
                + "último, así que una corrección en un commit nuevo encima no los elimina. Reescriba los commits "
                + "que los introdujeron (por ejemplo, con `git rebase -i`) y vuelva a hacer push.")
    }

    /// Returns the hint for a blocking secret: rewriting the commits does not make a pushed secret
    /// safe again.
    public static func hookBlockedRotate() -> LocalizedText {
        LocalizedText(
            en: "If a secret was ever pushed to any remote, rotate it as well: revoke it and issue a new one, "
                + "because rewriting the commits does not remove the copies that others already fetched.",
            es: "Si algún secreto llegó a enviarse a un remoto, rótelo también: revóquelo y emita uno nuevo, porque "
                + "reescribir los commits no elimina las copias que otros ya descargaron.")
    }

    /// Returns the hint for blocking findings about the pushed result (`env.*`, `migration.*`,
    /// `checklist.*`), which a commit on top that fixes them clears.
    ///
    /// - Parameter afterRewrite: True when the rewrite hint comes first, so this one speaks of
    ///   the other findings.
    public static func hookBlockedFixOnTop(afterRewrite: Bool) -> LocalizedText {
        afterRewrite
            ? LocalizedText(
                en: "For the other findings, add a commit that fixes them, or rewrite the commits that added them, "
                    + "then push again.",
                es: "Para los demás hallazgos, añada un commit que los corrija, o reescriba los commits que los "
                    + "introdujeron, y vuelva a hacer push.")
            : LocalizedText(
                en: "Add a commit that fixes the findings above, or rewrite the commits that added them, then push "
                    + "again.",
                es: "Añada un commit que corrija los hallazgos anteriores, o reescriba los commits que los "
                    + "introdujeron, y vuelva a hacer push.")
    }

    /// Returns the hint on marking a false alarm.
    ///
    /// - Parameter rule: The rule of the first blocking finding, used in the example.
    public static func hookBlockedFalseAlarm(rule: String) -> LocalizedText {
        LocalizedText(
            en: "If a finding is a false alarm, add a `vixen-gate:allow \(rule)` comment at the end of its line, "
                + "or lower the rule's severity in .vixen-gate.yml, for example `severity: {\(rule): warning}`. "
                + "A push is checked with that file as it is at the base of the pushed commits, so that change "
                + "must be on the remote branch first.",
            es: "Si un hallazgo es una falsa alarma, añada un comentario `vixen-gate:allow \(rule)` al final de "
                + "su línea, o baje la severidad de la regla en .vixen-gate.yml, por ejemplo, "
                + "`severity: {\(rule): warning}`. Cada push se comprueba con ese archivo tal como está en la base "
                + "de los commits enviados, así que ese cambio tiene que estar antes en la rama remota.")
    }

    /// Returns the last hint after a pre-push report that blocks.
    public static func hookBlockedNoVerify() -> LocalizedText {
        LocalizedText(
            en: "`git push --no-verify` skips this hook, but CI runs the same checks again.",
            es: "`git push --no-verify` omite este hook, pero la CI vuelve a ejecutar las mismas comprobaciones.")
    }

    // MARK: Standard input

    /// Returns the error for a hook command run by hand at a terminal, where it would wait for input.
    ///
    /// - Parameter command: The command as typed, such as `vixen-gate hook pre-push`.
    public static func hookInputIsTerminal(_ command: String) -> LocalizedText {
        LocalizedText(
            en: "\(command) reads the refs being pushed from standard input, which git writes when it runs the "
                + "hook. Install the hook with `vixen-gate hook install` and run `git push`, or check a range by "
                + "hand with `vixen-gate check --base REV`.",
            es: "\(command) lee de la entrada estándar las referencias que se envían, que git escribe cuando "
                + "ejecuta el hook. Instale el hook con `vixen-gate hook install` y ejecute `git push`, o "
                + "compruebe un rango a mano con `vixen-gate check --base REV`.")
    }

    /// Returns the error for a line of a hook's standard input that git would not write.
    ///
    /// - Parameters:
    ///   - line: The line, already made safe to print.
    ///   - expected: The layout, such as `<local ref> SP <local oid> SP <remote ref> SP <remote oid>`.
    ///   - reason: What is wrong with the line.
    public static func hookMalformedLine(lineNumber: Int, line: String, expected: String, reason: LocalizedText)
        -> LocalizedText
    {
        LocalizedText(
            en: "Line \(lineNumber) of standard input, \"\(line)\", is not a ref update: \(reason.english). "
                + "git writes one line per ref as `\(expected)`; if you write the input by hand, use that form.",
            es: "La línea \(lineNumber) de la entrada estándar, \"\(line)\", no describe una actualización de "
                + "referencia: \(reason.spanish). git escribe una línea por referencia con la forma `\(expected)`; "
                + "si escribe la entrada a mano, use esa forma.")
    }

    public static func hookMalformedFieldCount() -> LocalizedText {
        LocalizedText(
            en: "a field is missing or empty",
            es: "falta un campo o hay uno vacío")
    }

    public static func hookMalformedObjectID(_ value: String) -> LocalizedText {
        LocalizedText(
            en: "\"\(value)\" is not an object id of 40 or 64 hexadecimal digits",
            es: "\"\(value)\" no es un identificador de objeto de 40 o 64 dígitos hexadecimales")
    }

    public static func hookMalformedMixedLengths() -> LocalizedText {
        LocalizedText(
            en: "its two object ids differ in length",
            es: "sus dos identificadores de objeto tienen longitudes distintas")
    }

    public static func hookMalformedDeletion() -> LocalizedText {
        LocalizedText(
            en: "the local ref is (delete) but the local object id is not all zeros",
            es: "la referencia local es (delete), pero el identificador de objeto local no es todo ceros")
    }

    public static func hookMalformedBothZero() -> LocalizedText {
        LocalizedText(
            en: "both object ids are all zeros",
            es: "los dos identificadores de objeto son todo ceros")
    }

    // MARK: pre-commit framework

    /// Returns the error for `hook pre-commit` run without the variables of pre-commit's pre-push stage.
    public static func hookPreCommitMissingRefs() -> LocalizedText {
        LocalizedText(
            en: "PRE_COMMIT_TO_REF and PRE_COMMIT_LOCAL_BRANCH are not set, so there is no pushed commit to "
                + "check. `vixen-gate hook pre-commit` runs inside the pre-push stage of the pre-commit framework, "
                + "which sets them: run `pre-commit install --hook-type pre-push` and then `git push`, or check a "
                + "range by hand with `vixen-gate check --base REV`.",
            es: "PRE_COMMIT_TO_REF y PRE_COMMIT_LOCAL_BRANCH no están definidas, así que no hay ningún commit "
                + "enviado que comprobar. `vixen-gate hook pre-commit` se ejecuta en la fase pre-push del framework "
                + "pre-commit, que las define: ejecute `pre-commit install --hook-type pre-push` y después "
                + "`git push`, o compruebe un rango a mano con `vixen-gate check --base REV`.")
    }

    /// Returns the line that names the range pre-commit passed.
    public static func hookCheckingPreCommit(remote: String?) -> LocalizedText {
        guard let remote else {
            return LocalizedText(
                en: "vixen-gate: checking the push that pre-commit describes",
                es: "vixen-gate: comprobando el push que describe pre-commit")
        }
        return LocalizedText(
            en: "vixen-gate: checking the push to \(remote) that pre-commit describes",
            es: "vixen-gate: comprobando el push a \(remote) que describe pre-commit")
    }

    // MARK: install and uninstall

    public static func hookInstalled(path: String, executable: String) -> LocalizedText {
        LocalizedText(
            en: "Installed the pre-push hook at \(path). git push now runs \(executable) first.",
            es: "Se ha instalado el hook pre-push en \(path). A partir de ahora, git push ejecuta antes \(executable).")
    }

    public static func hookInstallUpdated(path: String, executable: String) -> LocalizedText {
        LocalizedText(
            en: "Updated the pre-push hook at \(path); it now runs \(executable).",
            es: "Se ha actualizado el hook pre-push en \(path); ahora ejecuta \(executable).")
    }

    public static func hookInstallUnchanged(path: String) -> LocalizedText {
        LocalizedText(
            en: "The pre-push hook at \(path) is already installed and up to date; nothing changed.",
            es: "El hook pre-push de \(path) ya está instalado y al día; no se ha cambiado nada.")
    }

    /// Returns the note that an existing pre-push hook was kept and chained.
    public static func hookInstallChained(previous: String) -> LocalizedText {
        LocalizedText(
            en: "The pre-push hook that was there is now \(previous). It runs first, with the same input, and "
                + "the push stops if either hook fails. `vixen-gate hook uninstall` puts it back.",
            es: "El hook pre-push que había ahora es \(previous). Se ejecuta primero, con la misma entrada, y el "
                + "push se detiene si falla cualquiera de los dos. `vixen-gate hook uninstall` lo restaura.")
    }

    /// Returns the error for `hook install` without `--hooks-path` in a repository with `core.hooksPath` set.
    public static func hookInstallNeedsHooksPathOption(value: String, folder: String) -> LocalizedText {
        LocalizedText(
            en: "core.hooksPath is set to \"\(value)\", so git runs hooks from \(folder) only, and a hook in "
                + ".git/hooks would never run. That folder may be shared with other repositories or tracked in "
                + "this one. To install the hook there, run `vixen-gate hook install --hooks-path`.",
            es: "core.hooksPath vale \"\(value)\", así que git solo ejecuta hooks de \(folder), y un hook en "
                + ".git/hooks no se ejecutaría nunca. Esa carpeta puede estar compartida con otros repositorios "
                + "o versionada en este. Para instalar el hook ahí, ejecute `vixen-gate hook install --hooks-path`.")
    }

    /// Returns the error for `hook install --hooks-path` in a repository without `core.hooksPath`.
    public static func hookInstallHooksPathUnset(defaultFolder: String) -> LocalizedText {
        LocalizedText(
            en: "--hooks-path installs into the folder that core.hooksPath names, but core.hooksPath is not set. "
                + "Run `vixen-gate hook install` without --hooks-path to install into \(defaultFolder).",
            es: "--hooks-path instala en la carpeta que indica core.hooksPath, pero core.hooksPath no está "
                + "definido. Ejecute `vixen-gate hook install` sin --hooks-path para instalar en \(defaultFolder).")
    }

    /// Returns the error for an existing pre-push hook that cannot be moved aside.
    public static func hookInstallPreviousExists(hook: String, previous: String) -> LocalizedText {
        LocalizedText(
            en: "\(hook) is not the vixen-gate hook, and \(previous), where it would be kept, already exists. "
                + "Move or delete one of them, then run `vixen-gate hook install` again.",
            es: "\(hook) no es el hook de vixen-gate, y \(previous), donde se guardaría, ya existe. Mueva o "
                + "elimine uno de los dos y vuelva a ejecutar `vixen-gate hook install`.")
    }

    public static func hookInstallNotARepository(_ path: String) -> LocalizedText {
        LocalizedText(
            en: "\"\(path)\" is not inside a git repository. Run the command again from inside the repository "
                + "whose pushes the hook should check.",
            es: "\"\(path)\" no está dentro de un repositorio git. Vuelva a ejecutar el comando desde dentro del "
                + "repositorio cuyos envíos debe comprobar el hook.")
    }

    public static func hookInstallNoExecutable() -> LocalizedText {
        LocalizedText(
            en: "The path of the running vixen-gate executable cannot be found, so the hook could not name it. "
                + "Run the installed binary by its full path, such as `/usr/local/bin/vixen-gate hook install`, "
                + "or copy hooks/pre-push from vixen-gate's sources into .git/hooks by hand.",
            es: "No se encuentra la ruta del ejecutable de vixen-gate en uso, así que el hook no puede "
                + "indicarla. Ejecute el binario instalado con su ruta completa, por ejemplo, "
                + "`/usr/local/bin/vixen-gate hook install`, o copie a mano hooks/pre-push de las fuentes de "
                + "vixen-gate en .git/hooks.")
    }

    public static func hookFileOperationFailed(path: String, reason: String) -> LocalizedText {
        LocalizedText(
            en: "Cannot change \(path): \(reason). Check the permissions of the file and its folder.",
            es: "No se puede modificar \(path): \(reason). Revise los permisos del archivo y de su carpeta.")
    }

    public static func hookUninstalled(path: String) -> LocalizedText {
        LocalizedText(
            en: "Removed the vixen-gate pre-push hook from \(path).",
            es: "Se ha eliminado el hook pre-push de vixen-gate de \(path).")
    }

    public static func hookUninstallRestored(previous: String, path: String) -> LocalizedText {
        LocalizedText(
            en: "Put the previous pre-push hook back: \(previous) is \(path) again.",
            es: "Se ha restaurado el hook pre-push anterior: \(previous) vuelve a ser \(path).")
    }

    public static func hookUninstallRemovedFolder(_ folder: String) -> LocalizedText {
        LocalizedText(
            en: "Removed the empty folder \(folder), which the install had created.",
            es: "Se ha eliminado la carpeta vacía \(folder), que había creado la instalación.")
    }

    public static func hookUninstallNotInstalled(path: String) -> LocalizedText {
        LocalizedText(
            en: "No pre-push hook exists at \(path); nothing changed.",
            es: "No existe ningún hook pre-push en \(path); no se ha cambiado nada.")
    }

    public static func hookUninstallForeign(path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) was not written by `vixen-gate hook install`, so it was left as it is.",
            es: "\(path) no lo ha escrito `vixen-gate hook install`, así que se ha dejado como está.")
    }

    // MARK: The installed script

    /// Returns the warning the installed hook prints when the binary it names is gone but one is on `PATH`.
    public static func hookScriptUsingPath(missing executable: String) -> LocalizedText {
        LocalizedText(
            en: "vixen-gate: \(executable) no longer exists, so this hook runs the vixen-gate found on PATH. "
                + "Run `vixen-gate hook install` again to record its location.",
            es: "vixen-gate: \(executable) ya no existe, así que este hook ejecuta el vixen-gate que encuentra "
                + "en el PATH. Vuelva a ejecutar `vixen-gate hook install` para guardar su ubicación.")
    }

    /// Returns the error the installed hook prints when no vixen-gate can be found at all.
    public static func hookScriptNoExecutable(missing executable: String) -> LocalizedText {
        LocalizedText(
            en: "vixen-gate: \(executable) no longer exists and no vixen-gate is on PATH, so this push cannot be "
                + "checked and is stopped. Install vixen-gate again and run `vixen-gate hook install`, or remove "
                + "the hook with `vixen-gate hook uninstall`.",
            es: "vixen-gate: \(executable) ya no existe y no hay ningún vixen-gate en el PATH, así que este push "
                + "no se puede comprobar y se detiene. Vuelva a instalar vixen-gate y ejecute "
                + "`vixen-gate hook install`, o quite el hook con `vixen-gate hook uninstall`.")
    }

    // MARK: Help

    public static func helpHookSummary() -> LocalizedText {
        LocalizedText(
            en: "Run as a git hook, or install the pre-push hook.",
            es: "Se ejecuta como hook de git, o instala el hook pre-push.")
    }

    public static func helpHookPrePushSummary() -> LocalizedText {
        LocalizedText(
            en: "Check the commits that a push sends; git runs this as the pre-push hook.",
            es: "Comprueba los commits que envía un push; git lo ejecuta como hook pre-push.")
    }

    public static func helpHookPrePushDiscussion() -> LocalizedText {
        LocalizedText(
            en: "Reads every line git writes to standard input, one per pushed ref. A new branch or a tag is "
                + "checked from the commits that no ref under refs/remotes/<remote>/ has. An update is checked "
                + "from the remote's old commit, forced updates included, or like a new branch when this "
                + "repository lacks that commit. Each commit is checked once, with .vixen-gate.yml as it is at "
                + "the range's base, and the report goes to standard error.",
            es: "Lee cada línea que git escribe en la entrada estándar, una por referencia enviada. Una rama "
                + "nueva o una etiqueta se comprueba desde los commits que no tiene ninguna referencia de "
                + "refs/remotes/<remote>/. Una actualización se comprueba desde el commit anterior del remoto, "
                + "también si es forzada, o como una rama nueva si este repositorio no tiene ese commit. Cada "
                + "commit se comprueba una vez, con .vixen-gate.yml tal como está en la base del rango, y el "
                + "informe va a la salida de errores.")
    }

    public static func helpHookRemoteArgument() -> LocalizedText {
        LocalizedText(
            en: "Name of the remote, or its URL when the push names none.",
            es: "Nombre del remoto, o su URL si el push no indica ninguno.")
    }

    public static func helpHookURLArgument() -> LocalizedText {
        LocalizedText(en: "URL of the remote.", es: "URL del remoto.")
    }

    public static func helpHookPreReceiveSummary() -> LocalizedText {
        LocalizedText(
            en: "Check the commits a server receives; git runs this as the pre-receive hook.",
            es: "Comprueba los commits que recibe un servidor; git lo ejecuta como hook pre-receive.")
    }

    public static func helpHookPreReceiveDiscussion() -> LocalizedText {
        LocalizedText(
            en: "Reads `<old oid> <new oid> <ref>` lines from standard input in the receiving repository, "
                + "including the pushed objects git still holds in quarantine. A new ref is checked from the "
                + "commits that no existing branch or tag has, an update from the ref's old commit.",
            es: "Lee líneas `<old oid> <new oid> <ref>` de la entrada estándar en el repositorio que recibe el "
                + "push, incluidos los objetos enviados que git aún tiene en cuarentena. Una referencia nueva "
                + "se comprueba desde los commits que no tiene ninguna rama ni etiqueta existente, y una "
                + "actualización, desde el commit anterior de la referencia.")
    }

    public static func helpHookPreCommitSummary() -> LocalizedText {
        LocalizedText(
            en: "Check a push inside the pre-push stage of the pre-commit framework.",
            es: "Comprueba un push dentro de la fase pre-push del framework pre-commit.")
    }

    public static func helpHookPreCommitDiscussion() -> LocalizedText {
        LocalizedText(
            en: "Reads the range from PRE_COMMIT_FROM_REF and PRE_COMMIT_TO_REF. When pre-commit sets no range "
                + "because the push starts at a root commit, checks PRE_COMMIT_LOCAL_BRANCH from the commits that "
                + "no ref under refs/remotes/$PRE_COMMIT_REMOTE_NAME/ has. pre-commit describes only the first "
                + "pushed ref; the hook that `vixen-gate hook install` writes checks them all.",
            es: "Lee el rango de PRE_COMMIT_FROM_REF y PRE_COMMIT_TO_REF. Si pre-commit no define rango porque el "
                + "push empieza en un commit raíz, comprueba PRE_COMMIT_LOCAL_BRANCH desde los commits que no "
                + "tiene ninguna referencia de refs/remotes/$PRE_COMMIT_REMOTE_NAME/. pre-commit solo describe "
                + "la primera referencia enviada; el hook que escribe `vixen-gate hook install` las comprueba "
                + "todas.")
    }

    public static func helpHookInstallSummary() -> LocalizedText {
        LocalizedText(
            en: "Install the pre-push hook in the current repository.",
            es: "Instala el hook pre-push en el repositorio actual.")
    }

    public static func helpHookInstallDiscussion() -> LocalizedText {
        LocalizedText(
            en: "Writes a pre-push hook that runs this vixen-gate binary by its absolute path, because graphical "
                + "git clients run hooks with a minimal PATH. The hook goes to .git/hooks, the main repository's "
                + "in a linked worktree. An existing pre-push hook is kept and runs first. Installing again "
                + "updates the hook, and `vixen-gate hook uninstall` restores what was there.",
            es: "Escribe un hook pre-push que ejecuta este binario de vixen-gate por su ruta absoluta, porque los "
                + "clientes gráficos de git ejecutan los hooks con un PATH mínimo. El hook va a .git/hooks, la del "
                + "repositorio principal en un worktree enlazado. Un hook pre-push existente se conserva y se "
                + "ejecuta primero. Instalar de nuevo actualiza el hook, y `vixen-gate hook uninstall` restaura "
                + "lo que había.")
    }

    public static func helpHookHooksPathOption() -> LocalizedText {
        LocalizedText(
            en: "Install into the folder that core.hooksPath names, resolved against the work tree's root as git "
                + "does, instead of .git/hooks. Required when core.hooksPath is set, because git then runs hooks "
                + "from that folder only, and it may be shared with other repositories or tracked in this one.",
            es: "Instala en la carpeta que indica core.hooksPath, resuelta respecto a la raíz del árbol de "
                + "trabajo como hace git, en lugar de en .git/hooks. Es obligatoria si core.hooksPath está "
                + "definido, porque entonces git solo ejecuta hooks de esa carpeta, que puede estar compartida "
                + "con otros repositorios o versionada en este.")
    }

    public static func helpHookUninstallSummary() -> LocalizedText {
        LocalizedText(
            en: "Remove the pre-push hook that `hook install` wrote and restore the previous one.",
            es: "Quita el hook pre-push que escribió `hook install` y restaura el anterior.")
    }

    public static func helpHookUninstallDiscussion() -> LocalizedText {
        LocalizedText(
            en: "Looks in the folder git runs hooks from: core.hooksPath when it is set, else .git/hooks. A "
                + "pre-push hook that vixen-gate did not write is left as it is.",
            es: "Busca en la carpeta desde la que git ejecuta los hooks: core.hooksPath si está definido o, si "
                + "no, .git/hooks. Un hook pre-push que no escribió vixen-gate se deja como está.")
    }

    /// Returns the exit status 1 entry of the checking hooks' help.
    public static func helpHookExitBlocked() -> LocalizedText {
        LocalizedText(
            en: "At least one finding blocks, so git rejects the push.",
            es: "Al menos un hallazgo bloquea, así que git rechaza el push.")
    }
}
