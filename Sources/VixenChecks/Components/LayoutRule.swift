import VixenCore

/// A layout rule that gives a file to a component by its path or name, wherever it is.
protocol FileNameRule: Sendable {
    var component: Component { get }

    func matches(path: String) -> Bool
}

/// A layout rule that gives every file under some folders to a component.
protocol FolderRule: Sendable {
    var component: Component { get }

    /// Returns whether the rule claims the file at `path` through `folder`, one of its parent
    /// folders: a repository-relative path without a trailing slash, where the empty string is
    /// the root.
    func claims(folder: Substring, path: String) -> Bool
}
