/// Messages of a run as a whole: what prints before a report, and why a run could not finish.
extension Catalog {
    /// Returns the prefix of a message that stopped the run, as in `vixen-gate: error: ...`.
    public static func runErrorPrefix() -> LocalizedText {
        LocalizedText(en: "vixen-gate: error: ", es: "vixen-gate: error: ")
    }

    public static func runVersion(_ version: String, libgit2: String) -> LocalizedText {
        LocalizedText(
            en: "vixen-gate \(version) (libgit2 \(libgit2))",
            es: "vixen-gate \(version) (libgit2 \(libgit2))")
    }

    public static func runConfigNotFound(_ path: String) -> LocalizedText {
        LocalizedText(
            en: "The configuration file \"\(path)\" does not exist. Check the path given to --config.",
            es: "El archivo de configuración \"\(path)\" no existe. Revise la ruta indicada en --config.")
    }

    public static func runConfigUnreadable(_ path: String, reason: String) -> LocalizedText {
        LocalizedText(
            en: "The configuration file \"\(path)\" cannot be read: \(reason). Check its permissions.",
            es: "No se puede leer el archivo de configuración \"\(path)\": \(reason). Revise sus permisos.")
    }

    public static func runCheckFailed(_ reason: String) -> LocalizedText {
        LocalizedText(
            en: "A check could not run, so nothing was verified: \(reason)",
            es: "Una comprobación no pudo ejecutarse, así que no se verificó nada: \(reason)")
    }
}
