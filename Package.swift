// swift-tools-version: 6.2
import PackageDescription

/// Settings every Swift target shares: Swift 6 language mode and warnings as errors.
let strictSettings: [SwiftSetting] = [
    .treatAllWarnings(as: .error)
]

let package = Package(
    name: "vixen-gate",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "vixen-gate", targets: ["vixen-gate"]),
        // Libraries for the fuzzing package in Fuzz/, which builds them with libFuzzer.
        .library(name: "VixenConfig", targets: ["VixenConfig"]),
        .library(name: "VixenCLI", targets: ["VixenCLI"]),
        .library(name: "VixenChecks", targets: ["VixenChecks"]),
        .library(name: "VixenSyntax", targets: ["VixenSyntax"]),
    ],
    targets: [
        // C libraries from the system: Debian's -dev packages, or Homebrew on macOS.
        .systemLibrary(
            name: "CLibGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"]), .brew(["libgit2"])]
        ),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .systemLibrary(
            name: "CVectorscan",
            pkgConfig: "libhs",
            providers: [.apt(["libvectorscan-dev"]), .brew(["vectorscan"])]
        ),
        // Its header defines PCRE2_CODE_UNIT_WIDTH as 8, so Swift calls the 8-bit functions by their `_8` names.
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        // Wraps libgit2's variadic git_libgit2_opts, which Swift cannot call directly.
        .target(name: "CGitShim", dependencies: ["CLibGit2"]),

        .target(name: "VixenCore", swiftSettings: strictSettings),
        .target(
            name: "VixenGit",
            dependencies: ["VixenCore", "CLibGit2", "CGitShim"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "VixenConfig",
            dependencies: ["VixenCore", "CYAML"],
            swiftSettings: strictSettings
        ),
        // Readers for source languages that checks share: Python, JavaScript and Dockerfiles.
        .target(name: "VixenSyntax", dependencies: ["VixenCore"], swiftSettings: strictSettings),
        .target(
            name: "VixenChecks",
            dependencies: ["VixenCore", "VixenConfig", "VixenSyntax", "CVectorscan", "CPCRE2"],
            // The built-in secret rules, one YAML file per provider family, read at run time.
            resources: [.embedInCode("Secrets/Resources/rules")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "VixenReport",
            dependencies: ["VixenCore"],
            swiftSettings: strictSettings
        ),
        // Runs the PostgreSQL client tools and migration commands: `migrations verify` and backups.
        .target(
            name: "VixenPostgres",
            dependencies: ["VixenCore"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "VixenDeploy",
            dependencies: ["VixenCore", "VixenGit"],
            swiftSettings: strictSettings
        ),
        // The Coolify API client, health checks, smoke tests and notifications, over URLSession
        // (FoundationNetworking on Linux, which the Swift toolchain ships).
        .target(
            name: "VixenCoolify",
            dependencies: ["VixenCore", "VixenConfig"],
            swiftSettings: strictSettings
        ),
        // Carries out a deploy plan: tests, backup, migrations, Coolify deployments, health checks,
        // smoke tests, the automatic rollback and the notifications.
        .target(
            name: "VixenRunner",
            dependencies: ["VixenCore", "VixenConfig", "VixenDeploy", "VixenCoolify", "VixenPostgres"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "VixenCLI",
            dependencies: [
                "VixenCore", "VixenGit", "VixenConfig", "VixenChecks", "VixenReport", "VixenDeploy", "VixenPostgres",
                "VixenCoolify", "VixenRunner",
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "vixen-gate",
            dependencies: ["VixenCLI"],
            swiftSettings: strictSettings
        ),
        // Measures the git module alone; the benchmark scripts drive it.
        .executableTarget(
            name: "vixen-gate-bench",
            dependencies: ["VixenGit"],
            swiftSettings: strictSettings
        ),

        .target(
            name: "VixenTestSupport",
            dependencies: ["VixenCore", "VixenPostgres"],
            path: "Tests/VixenTestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "VixenCoreTests",
            dependencies: ["VixenCore", "VixenTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "VixenGitTests",
            dependencies: ["VixenGit", "VixenTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "VixenConfigTests",
            dependencies: ["VixenConfig"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "VixenSyntaxTests",
            dependencies: ["VixenSyntax"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "VixenChecksTests",
            dependencies: ["VixenChecks", "VixenTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "VixenReportTests",
            dependencies: ["VixenCore", "VixenReport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "VixenDeployTests",
            dependencies: ["VixenDeploy", "VixenGit", "VixenTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "VixenCoolifyTests",
            dependencies: ["VixenCoolify", "VixenConfig", "VixenCore", "VixenTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "VixenCLITests",
            dependencies: ["VixenCLI", "VixenTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "VixenPostgresTests",
            dependencies: ["VixenPostgres", "VixenTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "VixenRunnerTests",
            dependencies: ["VixenRunner", "VixenDeploy", "VixenCoolify", "VixenConfig", "VixenTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["VixenTestSupport"],
            swiftSettings: strictSettings
        ),
    ]
)
