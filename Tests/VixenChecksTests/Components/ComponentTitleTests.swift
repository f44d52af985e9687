import Testing
import VixenCore

@Suite struct ComponentTitleTests {
    @Test func builtInTitles() {
        #expect(Catalog.componentTitle(.backend) == LocalizedText(en: "Backend (BE)", es: "Backend (BE)"))
        #expect(Catalog.componentTitle(.frontend) == LocalizedText(en: "Frontend (FE)", es: "Frontend (FE)"))
        #expect(
            Catalog.componentTitle(.database)
                == LocalizedText(en: "Database migrations (DB)", es: "Migraciones de base de datos (DB)")
        )
        #expect(Catalog.componentTitle(.operations) == LocalizedText(en: "Operations (OPS)", es: "Operaciones (OPS)"))
        #expect(Catalog.componentTitle(.docs) == LocalizedText(en: "Documentation (DOCS)", es: "Documentación (DOCS)"))
        #expect(Catalog.componentTitle(.tests) == LocalizedText(en: "Tests (TESTS)", es: "Pruebas (TESTS)"))
    }

    @Test func configuredComponentKeepsName() {
        let title = Catalog.componentTitle(Component("Payments-API"))
        #expect(title == LocalizedText(en: "Payments-API", es: "Payments-API"))
    }
}
