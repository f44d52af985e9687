// swift-tools-version: 6.2
import PackageDescription

/// Settings every Swift target shares, the same as the root package's.
let strictSettings: [SwiftSetting] = [
    .treatAllWarnings(as: .error)
]

let package = Package(
    name: "vixen-gate-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "vixen-gate", path: "..")
    ],
    targets: [
        // Declares libFuzzer's driver entry point, which -sanitize=fuzzer links in.
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer"], swiftSettings: strictSettings),
        .executableTarget(
            name: "fuzz-config",
            dependencies: ["FuzzSupport", .product(name: "VixenConfig", package: "vixen-gate")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "fuzz-python",
            dependencies: ["FuzzSupport", .product(name: "VixenSyntax", package: "vixen-gate")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "fuzz-arguments",
            dependencies: ["FuzzSupport", .product(name: "VixenCLI", package: "vixen-gate")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "fuzz-sql-lint",
            dependencies: ["FuzzSupport", .product(name: "VixenChecks", package: "vixen-gate")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "fuzz-javascript",
            dependencies: ["FuzzSupport", .product(name: "VixenSyntax", package: "vixen-gate")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "fuzz-dockerfile",
            dependencies: ["FuzzSupport", .product(name: "VixenSyntax", package: "vixen-gate")],
            swiftSettings: strictSettings
        ),
    ]
)
