// Reasons of failed system calls, for messages that name a file the system could not open. The
// common errno values get a translation; any other keeps the system's own text in both languages.

extension Catalog {
    /// ENOENT.
    public static func systemNoSuchFile(_ system: String) -> LocalizedText {
        LocalizedText(en: system, es: "no existe el archivo o la carpeta")
    }

    /// EACCES.
    public static func systemPermissionDenied(_ system: String) -> LocalizedText {
        LocalizedText(en: system, es: "permiso denegado")
    }

    /// EISDIR.
    public static func systemIsDirectory(_ system: String) -> LocalizedText {
        LocalizedText(en: system, es: "es una carpeta")
    }

    /// EROFS.
    public static func systemReadOnlyFileSystem(_ system: String) -> LocalizedText {
        LocalizedText(en: system, es: "el sistema de archivos es de solo lectura")
    }

    /// Any other errno value: the text of `strerror`, which the C library gives in English here.
    public static func systemOtherError(_ system: String) -> LocalizedText {
        LocalizedText(en: system, es: system)
    }
}
