/// An application the fake Coolify serves, with the fields its routes read and write.
public struct FakeApplication: Sendable, Equatable {
    public var uuid: String
    public var name: String
    /// Such as `running:healthy` or `exited:unhealthy`.
    public var status: String
    public var fqdn: String?
    public var gitCommitSHA: String
    public var environmentVariables: [FakeEnvironmentVariable]
    /// The image tags `rollback-images` lists, oldest first.
    public var imageTags: [String]
    /// The tag of the running image, which `rollback-images` reports as current.
    public var currentTag: String?
    /// The statuses each new deployment of this application goes through, one per poll; the last
    /// one repeats.
    public var deploymentStatuses: [String]

    public init(
        uuid: String, name: String, status: String = "running:healthy", fqdn: String? = nil,
        gitCommitSHA: String = "HEAD", environmentVariables: [FakeEnvironmentVariable] = [], imageTags: [String] = [],
        currentTag: String? = nil, deploymentStatuses: [String] = ["queued", "in_progress", "finished"]
    ) {
        self.uuid = uuid
        self.name = name
        self.status = status
        self.fqdn = fqdn
        self.gitCommitSHA = gitCommitSHA
        self.environmentVariables = environmentVariables
        self.imageTags = imageTags
        self.currentTag = currentTag
        self.deploymentStatuses = deploymentStatuses
    }
}

/// An environment variable of a fake application.
public struct FakeEnvironmentVariable: Sendable, Equatable {
    public var key: String
    public var value: String
    public var isBuildtime: Bool
    public var isRuntime: Bool
    public var isPreview: Bool

    public init(key: String, value: String, isBuildtime: Bool = true, isRuntime: Bool = true, isPreview: Bool = false) {
        self.key = key
        self.value = value
        self.isBuildtime = isBuildtime
        self.isRuntime = isRuntime
        self.isPreview = isPreview
    }
}
