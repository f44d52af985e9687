/// Messages about reading the repository, each naming what failed, on which value, and what to do.
extension Catalog {
    public static func gitNotARepository(_ path: String) -> LocalizedText {
        LocalizedText(
            en: "\"\(path)\" is not inside a git repository. Run vixen-gate inside a repository or pass --repo PATH.",
            es: "\"\(path)\" no está dentro de un repositorio git. Ejecute vixen-gate dentro de un repositorio "
                + "o indique --repo PATH.")
    }

    public static func gitIndexSkipHash(libgit2: String) -> LocalizedText {
        LocalizedText(
            en: "The index cannot be read: it was written without its checksum (index.skipHash, or "
                + "feature.manyFiles), which libgit2 reads from version 1.8 on; this build uses libgit2 \(libgit2). "
                + "Run `git config index.skipHash false && git update-index --really-refresh`, or check "
                + "without --staged and --worktree.",
            es: "No se puede leer el índice: se escribió sin su suma de control (index.skipHash o "
                + "feature.manyFiles), que libgit2 lee a partir de la versión 1.8; esta compilación usa libgit2 "
                + "\(libgit2). Ejecute `git config index.skipHash false && git update-index --really-refresh`, "
                + "o ejecute la comprobación sin --staged ni --worktree.")
    }

    public static func gitSHA256(libgit2: String) -> LocalizedText {
        LocalizedText(
            en: "This repository uses SHA-256 object ids, which libgit2 reads from version 1.9 on; this build "
                + "uses libgit2 \(libgit2). Build vixen-gate against libgit2 1.9 or later to check it.",
            es: "Este repositorio usa identificadores de objeto SHA-256, que libgit2 lee a partir de la versión 1.9; "
                + "esta compilación usa libgit2 \(libgit2). Compile vixen-gate con libgit2 1.9 o posterior "
                + "para comprobarlo.")
    }

    public static func gitUnknownExtension(_ name: String, libgit2: String) -> LocalizedText {
        LocalizedText(
            en: "This repository needs the git extension \"extensions.\(name)\", which libgit2 \(libgit2) "
                + "does not support. Build vixen-gate against a newer libgit2, or check a clone made without it.",
            es: "Este repositorio necesita la extensión de git \"extensions.\(name)\", que libgit2 \(libgit2) "
                + "no admite. Compile vixen-gate con una versión más reciente de libgit2 o compruebe un clon "
                + "hecho sin ella.")
    }

    public static func gitOtherOwner(_ path: String) -> LocalizedText {
        LocalizedText(
            en: "The repository at \"\(path)\" belongs to another user, so git's safe.directory rule forbids "
                + "reading it. If you trust it, run `git config --global --add safe.directory \(path)`.",
            es: "El repositorio en \"\(path)\" pertenece a otro usuario, y la regla safe.directory de git "
                + "impide leerlo. Si confía en él, ejecute `git config --global --add safe.directory \(path)`.")
    }

    public static func gitEmptyRepository(_ path: String) -> LocalizedText {
        LocalizedText(
            en: "The repository at \"\(path)\" has no commits yet, so there is nothing to check, plan or deploy. "
                + "Make a first commit, then run the command again.",
            es: "El repositorio en \"\(path)\" todavía no tiene commits, así que no hay nada que comprobar, "
                + "planificar ni desplegar. Haga un primer commit y vuelva a ejecutar el comando.")
    }

    public static func gitUnbornHead(_ branch: String) -> LocalizedText {
        LocalizedText(
            en: "HEAD points to the branch \"\(branch)\", which has no commits yet. Commit on it or check out "
                + "a branch that has commits.",
            es: "HEAD apunta a la rama \"\(branch)\", que todavía no tiene commits. Haga un commit en ella "
                + "o cambie a una rama que tenga commits.")
    }

    public static func gitNoWorkTree(_ path: String) -> LocalizedText {
        LocalizedText(
            en: "The repository at \"\(path)\" is bare, so it has no index or work tree to check. "
                + "Drop --staged and --worktree, or run in a clone with a work tree.",
            es: "El repositorio en \"\(path)\" es de tipo bare, así que no tiene índice ni árbol de trabajo que "
                + "comprobar. Quite --staged y --worktree, o ejecute la comprobación en un clon con árbol de trabajo.")
    }

    public static func gitUnknownRevision(_ revision: String, isShallow: Bool) -> LocalizedText {
        var english = "Unknown revision \"\(revision)\": no branch, tag or commit has that name here."
        var spanish =
            "Revisión desconocida \"\(revision)\": ninguna rama, etiqueta ni commit tiene ese nombre "
            + "en este repositorio."
        if isShallow {
            english +=
                " This is a shallow clone, so the commit may lie past its boundary: run "
                + "`git fetch --unshallow` (or, in CI, fetch the whole history, e.g. actions/checkout "
                + "with fetch-depth: 0, or GIT_DEPTH: 0 on GitLab)."
            spanish +=
                " Este es un clon superficial (shallow), así que el commit puede estar más allá de su límite: "
                + "ejecute `git fetch --unshallow` (o, en CI, descargue el historial completo, por ejemplo, "
                + "actions/checkout con fetch-depth: 0, o GIT_DEPTH: 0 en GitLab)."
        } else {
            english += " Check the spelling, or run `git fetch` if it exists only on the remote."
            spanish += " Revise cómo está escrita o ejecute `git fetch` si solo existe en el remoto."
        }
        return LocalizedText(en: english, es: spanish)
    }

    public static func gitNotACommit(_ revision: String) -> LocalizedText {
        LocalizedText(
            en: "\"\(revision)\" names an object that is not a commit. Pass a branch, a tag or a commit id.",
            es: "\"\(revision)\" hace referencia a un objeto que no es un commit. Indique una rama, una etiqueta "
                + "o el identificador de un commit.")
    }

    public static func gitNoDefaultBase() -> LocalizedText {
        LocalizedText(
            en: "No range to check: the current branch has no upstream, and there is no origin/HEAD, main or "
                + "master to start from. Pass --base REV (for example --base HEAD~1).",
            es: "No hay rango que comprobar: la rama actual no tiene upstream y no existe origin/HEAD, main "
                + "ni master desde donde empezar. Indique --base REV (por ejemplo, --base HEAD~1).")
    }

    public static func gitShallowBoundary(commit: String, commitsRead: Int) -> LocalizedText {
        let count = commitsRead == 1 ? "1 commit" : "\(commitsRead) commits"
        return LocalizedText(
            en: "The range reaches commit \(commit), where this shallow clone's history stops, after "
                + "\(count), so it cannot tell what lies beyond. Fetch more history: "
                + "`git fetch --deepen=\(max(commitsRead, 50))` or `git fetch --unshallow` (in CI, "
                + "fetch-depth: 0 for actions/checkout, GIT_DEPTH: 0 on GitLab).",
            es: "Tras \(count), el rango llega al commit \(commit), donde termina el historial de "
                + "este clon superficial (shallow), así que vixen-gate no puede saber qué hay más allá. "
                + "Descargue más historial: "
                + "`git fetch --deepen=\(max(commitsRead, 50))` o `git fetch --unshallow` (en CI, "
                + "fetch-depth: 0 para actions/checkout, GIT_DEPTH: 0 en GitLab).")
    }

    public static func gitMissingObject(id: String, path: String?) -> LocalizedText {
        let englishWhere = path.map { " for \"\($0)\"" } ?? ""
        let spanishWhere = path.map { " de \"\($0)\"" } ?? ""
        return LocalizedText(
            en: "The object \(id)\(englishWhere) is missing from the repository (a partial or damaged clone). "
                + "Run `git fetch` or `git fsck` to restore it, or check a complete clone.",
            es: "Falta el objeto \(id)\(spanishWhere) en el repositorio (el clon es parcial o está dañado). "
                + "Ejecute `git fetch` o `git fsck` para recuperarlo, o compruebe un clon completo.")
    }

    public static func gitLibraryFailure(function: String, code: Int32, message: String) -> LocalizedText {
        LocalizedText(
            en: "libgit2 failed in \(function) (code \(code)): \(message)",
            es: "libgit2 falló en \(function) (código \(code)): \(message)")
    }

    public static func gitFileTooLarge(path: String, size: Int64, limit: Int64) -> LocalizedText {
        LocalizedText(
            en: "\(path) is \(size) bytes, over the \(limit)-byte limit, so it was listed but not read. "
                + "Raise limits.max_file_size in .vixen-gate.yml to check it, or keep large files out of git.",
            es: "\(path) ocupa \(size) bytes y supera el límite de \(limit) bytes, así que aparece en la lista pero "
                + "no se ha leído. Aumente limits.max_file_size en .vixen-gate.yml para comprobarlo o mantenga "
                + "los archivos grandes fuera de git.")
    }
}
