// Names of components for people: report headings and lists of changed components.

extension Catalog {
    /// Returns the heading for a component, such as "Database migrations (DB)".
    ///
    /// Built-in components get a description before their short name. A configured
    /// component, such as PAYMENTS, is shown by its name alone, exactly as written.
    public static func componentTitle(_ component: Component) -> LocalizedText {
        switch component {
        case .backend:
            LocalizedText(en: "Backend (BE)", es: "Backend (BE)")
        case .frontend:
            LocalizedText(en: "Frontend (FE)", es: "Frontend (FE)")
        case .database:
            LocalizedText(en: "Database migrations (DB)", es: "Migraciones de base de datos (DB)")
        case .operations:
            LocalizedText(en: "Operations (OPS)", es: "Operaciones (OPS)")
        case .docs:
            LocalizedText(en: "Documentation (DOCS)", es: "Documentación (DOCS)")
        case .tests:
            LocalizedText(en: "Tests (TESTS)", es: "Pruebas (TESTS)")
        default:
            LocalizedText(en: component.name, es: component.name)
        }
    }
}
