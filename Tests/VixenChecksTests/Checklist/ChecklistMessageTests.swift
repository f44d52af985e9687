import Testing
import VixenCore

/// Messages whose wording depends on their values: sizes, and the two forms of some findings.
@Suite struct ChecklistMessageTests {
    @Test func sizeJustOverLimitIsShownOverIt() {
        let message = Catalog.checklistAssetTooLarge(path: "a.png", kind: .image, size: 300_001, limit: 300_000)
        #expect(message.english.hasPrefix("The image a.png is 300.1 KB, over the 300 KB limit, so every visitor"))
        #expect(message.spanish.hasPrefix("El archivo de imagen a.png ocupa 300,1 KB y supera el límite de 300 KB,"))
    }

    @Test func megabytesAndBytes() {
        let video = Catalog.checklistAssetTooLarge(path: "v.mp4", kind: .video, size: 2_500_000, limit: 1_000_000)
        #expect(video.english.hasPrefix("The video v.mp4 is 2.5 MB, over the 1 MB limit"))
        let font = Catalog.checklistAssetTooLarge(path: "f.woff", kind: .font, size: 900, limit: 800)
        #expect(font.english.hasPrefix("The font f.woff is 900 bytes, over the 800 bytes limit"))
    }

    @Test func dockerIgnoreForms() {
        let copying = Catalog.checklistDockerIgnore(path: "backend/Dockerfile", context: "backend", copiesContext: true)
        #expect(copying.english.contains("Add backend/.dockerignore, or copy only the files the image needs."))
        let root = Catalog.checklistDockerIgnore(path: "Dockerfile", context: ".", copiesContext: false)
        #expect(root.english.contains("Add .dockerignore listing .git"))
    }

    @Test func rootUserForms() {
        let explicit = Catalog.checklistDockerRootUser(path: "Dockerfile", user: "root")
        #expect(explicit.english.hasPrefix("The image that Dockerfile builds runs as root (USER root)."))
        let implicit = Catalog.checklistDockerRootUser(path: "Dockerfile", user: nil)
        #expect(implicit.spanish.hasPrefix("La imagen que genera Dockerfile no define USER"))
    }
}
