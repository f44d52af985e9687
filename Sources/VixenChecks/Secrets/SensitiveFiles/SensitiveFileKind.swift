import Foundation
import VixenCore

/// A kind of file that contains credentials by its nature, whatever its lines look like.
///
/// Each kind is recognized by its name, and some also by a marker in the content, so an
/// example or template file and a public key stay out.
struct SensitiveFileKind: Sendable {
    let rule: RuleID
    let description: LocalizedText
    /// Whether a file with this name and content is of this kind.
    ///
    /// Each kind tests the name first, so the content is decoded only for files whose name fits.
    let matches: @Sendable (_ name: String, _ path: String, _ content: FileText) -> Bool

    /// The kinds the gate recognizes, in the order they are tried.
    static let all: [SensitiveFileKind] = [
        .environmentFile, .privateKeyFile, .keyStore, .registryCredentials, .kubeconfig,
        .cloudCredentials,
    ]

    /// A committed `.env` file: `.env` or `.env.<anything>` other than example, sample and
    /// template files, which document variables rather than hold them.
    static let environmentFile = SensitiveFileKind(
        rule: RuleID(.secret, "env-file"), description: Catalog.sensitiveEnvironmentFile()
    ) { name, _, _ in
        guard name == ".env" || name.hasPrefix(".env.") else {
            return false
        }
        let documentation = ["example", "sample", "template", "dist", "defaults"]
        return !documentation.contains { name.lowercased().contains($0) }
    }

    /// An SSH or TLS private key file: `id_rsa`, `id_dsa`, `id_ecdsa`, `id_ed25519` (not their
    /// `.pub` halves), and `.pem` or `.key` files that contain a private key block.
    static let privateKeyFile = SensitiveFileKind(
        rule: RuleID(.secret, "private-key-file"), description: Catalog.sensitivePrivateKeyFile()
    ) { name, _, content in
        if ["id_rsa", "id_dsa", "id_ecdsa", "id_ed25519"].contains(name) {
            return true
        }
        let isKeyFile = name.hasSuffix(".pem") || name.hasSuffix(".key")
        return isKeyFile && content.string.contains("PRIVATE KEY-----")
    }

    /// A binary key store: `.p12`, `.pfx`, `.keystore`, `.jks`.
    static let keyStore = SensitiveFileKind(
        rule: RuleID(.secret, "keystore-file"), description: Catalog.sensitiveKeyStore()
    ) { name, _, _ in
        [".p12", ".pfx", ".keystore", ".jks"].contains { name.lowercased().hasSuffix($0) }
    }

    /// `.npmrc` with an auth token, or `.pypirc` with a password, written in the file rather than
    /// read from an environment variable (`${NPM_TOKEN}`).
    static let registryCredentials = SensitiveFileKind(
        rule: RuleID(.secret, "registry-credentials-file"), description: Catalog.sensitiveRegistryCredentials()
    ) { name, _, content in
        switch name {
        case ".npmrc": return hasLiteralValue(in: content.string, keys: ["_authToken", "_auth", "_password"])
        case ".pypirc": return hasLiteralValue(in: content.string, keys: ["password"])
        default: return false
        }
    }

    /// Returns whether a `key = value` line of an ini-style file gives one of `keys` a value that is not
    /// a reference to an environment variable.
    static func hasLiteralValue(in content: String, keys: [String]) -> Bool {
        for line in content.split(whereSeparator: \.isNewline) {
            guard let separator = line.firstIndex(of: "=") else {
                continue
            }
            let key = line[..<separator].trimmingCharacters(in: .whitespaces)
            guard keys.contains(where: { key == $0 || key.hasSuffix(":" + $0) }) else {
                continue
            }
            let value = line[line.index(after: separator)...].trimmingCharacters(in: .whitespaces)
            if !value.isEmpty, !value.hasPrefix("$") {
                return true
            }
        }
        return false
    }

    /// A Kubernetes client configuration with embedded credentials.
    static let kubeconfig = SensitiveFileKind(
        rule: RuleID(.secret, "kubeconfig-file"), description: Catalog.sensitiveKubeconfig()
    ) { name, path, content in
        let named = name == "kubeconfig" || name.hasSuffix(".kubeconfig") || path.hasSuffix(".kube/config")
        let credentials = ["client-key-data:", "token:", "password:"]
        return named && credentials.contains { content.string.contains($0) }
    }

    /// A cloud credentials file: `credentials.json` holding a key, or AWS's `credentials` file.
    static let cloudCredentials = SensitiveFileKind(
        rule: RuleID(.secret, "credentials-file"), description: Catalog.sensitiveCloudCredentials()
    ) { name, path, content in
        if name == "credentials.json" {
            return content.string.contains("private_key") || content.string.contains("client_secret")
        }
        return path.hasSuffix(".aws/credentials") && content.string.contains("aws_secret_access_key")
    }
}
