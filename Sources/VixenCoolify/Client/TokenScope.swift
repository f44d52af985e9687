/// A permission of a Coolify API token (Coolify calls them abilities).
///
/// In Coolify 4.3, `read` covers reading resources and deployments, `deploy` covers starting
/// deployments and rollbacks, and `write` covers changing resources. `root` covers everything.
public enum TokenScope: String, Sendable, CaseIterable {
    case read
    case deploy
    case write
    case root
}
