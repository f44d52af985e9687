import VixenCoolify
import VixenCore

/// Finds the image an application runs before a deployment, which a rollback returns to.
///
/// Coolify tags each image with the commit it was built from. So the tag comes from Coolify's
/// rollback images (Coolify 4.3.0 and later), else from the application's `git_commit_sha` when it
/// names a commit, else from the commit the state records as deployed.
enum PreviousImage {
    static func record(
        _ uuid: String, component: Component, client: CoolifyClient, context: StepContext, in journal: inout RunJournal
    ) async throws(CoolifyError) {
        let application = try await client.application(uuid)
        if let domain = application.domains.first {
            journal.domains[component] = domain
        }
        if journal.previousCommits[uuid] == nil {
            journal.previousCommits[uuid] = application.gitCommitSHA
        }
        guard journal.previousImageTags[uuid] == nil else {
            return
        }
        // A Coolify older than 4.3.0 has no rollback images and returns 404, so the fallbacks below apply.
        let images = try? await client.rollbackImages(uuid)
        let commit = application.gitCommitSHA == "HEAD" ? nil : application.gitCommitSHA
        let recorded = context.execution.previous?.commit.hex
        if let tag = images?.current ?? commit ?? recorded {
            journal.previousImageTags[uuid] = tag
        }
    }
}
