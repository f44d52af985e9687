import Testing
import VixenSyntax

@Suite("Docker image references")
struct DockerImageReferenceTests {
    @Test func repositoryTagAndDigest() throws {
        let reference = try #require(DockerImageReference("ghcr.io/acme/api:1.4.0@sha256:abc"))
        #expect(reference.repository == "ghcr.io/acme/api")
        #expect(reference.tag == "1.4.0")
        #expect(reference.digest == "sha256:abc")
    }

    @Test func untagged() throws {
        let reference = try #require(DockerImageReference("python"))
        #expect(reference.repository == "python")
        #expect(reference.tag == nil)
        #expect(reference.digest == nil)
    }

    @Test func registryPortIsNotTag() throws {
        let reference = try #require(DockerImageReference("localhost:5000/api"))
        #expect(reference.repository == "localhost:5000/api")
        #expect(reference.tag == nil)
    }

    @Test func registryPortWithTag() throws {
        let reference = try #require(DockerImageReference("localhost:5000/api:2"))
        #expect(reference.repository == "localhost:5000/api")
        #expect(reference.tag == "2")
    }

    @Test func scratch() {
        #expect(DockerImageReference("scratch")?.isScratch == true)
        #expect(DockerImageReference("scratch:1")?.isScratch == false)
    }

    @Test func emptyOrSpacedIsNoReference() {
        #expect(DockerImageReference("") == nil)
        #expect(DockerImageReference("a b") == nil)
    }
}
