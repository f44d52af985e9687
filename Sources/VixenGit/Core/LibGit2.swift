import CGitShim
import CLibGit2
import VixenCore

/// The process-wide libgit2 set-up, done once before the first repository opens.
enum LibGit2 {
    /// The libgit2 version this build links against, such as `1.5.1`.
    static var version: String {
        var major: Int32 = 0
        var minor: Int32 = 0
        var revision: Int32 = 0
        git_libgit2_version(&major, &minor, &revision)
        return "\(major).\(minor).\(revision)"
    }

    private static let initialized: Bool = {
        git_libgit2_init()
        // The gate only reads objects that git already wrote and verified, and checking each
        // object's hash again costs about a tenth of a history read.
        _ = vg_set_strict_hash_verification(0)
        // Each repository handle keeps its own object cache, 256 MiB at most by default, and a
        // history read opens one handle per thread. Commits and trees are what the cache keeps
        // here, and 32 MiB keeps a whole-history read of a large repository well within budget.
        _ = vg_set_cache_max_size(32 << 20)
        return true
    }()

    static func ensureInitialized() {
        _ = initialized
    }

    /// Sets the most bytes each repository handle's object cache keeps, for every handle of the
    /// process from now on.
    static func setObjectCacheLimit(_ bytes: Int64) {
        ensureInitialized()
        _ = vg_set_cache_max_size(bytes)
    }

    /// Turns a libgit2 return code into a ``GitError``, reading libgit2's thread-local message
    /// at once so a later call cannot overwrite it.
    static func check(_ code: Int32, _ function: String = #function) throws(GitError) {
        guard code < 0 else {
            return
        }
        throw error(code, function)
    }

    /// Checks the return code of a call that reads the object `oid`, reporting a missing object
    /// as ``GitError/missingObject(id:path:)`` with `path` when the caller knows it.
    static func checkObject(_ code: Int32, _ oid: git_oid, path: String?, _ function: String) throws(GitError) {
        if code == GIT_ENOTFOUND.rawValue {
            throw .missingObject(id: oid.objectID.hex, path: path)
        }
        try check(code, function)
    }

    static func error(_ code: Int32, _ function: String) -> GitError {
        var message = ""
        if let last = git_error_last(), let text = last.pointee.message {
            message = String(cString: text)
        }
        return .library(function: function, code: code, message: message)
    }
}
