// swift-tools-version:6.0
import PackageDescription

/// The parsers read 121 MB of XML, and the matchers and codecs run millions of
/// comparisons; unoptimized, the parse alone takes over a minute, which would
/// make every debug test run and `swift run` crawl. These targets are
/// compiled with optimization in debug builds too (release is unaffected).
let optimizedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "Cordon",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "cordon", targets: ["cordon"]),
        .library(name: "CordonModel", targets: ["CordonModel"]),
        .library(name: "CordonSources", targets: ["CordonSources"]),
        .library(name: "CordonText", targets: ["CordonText"]),
        .library(name: "CordonChain", targets: ["CordonChain"]),
        .library(name: "CordonMatch", targets: ["CordonMatch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCompression",
            pkgConfig: nil,
            providers: [.apt(["zlib1g-dev", "libbz2-dev"])]
        ),
        .target(name: "CordonModel"),
        .target(
            name: "CordonSources",
            dependencies: ["CordonModel", "CCompression", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("BundledLists")],
            swiftSettings: optimizedInDebug
        ),
        .target(name: "CordonText", swiftSettings: optimizedInDebug),
        .target(name: "CordonChain", dependencies: ["CordonModel"], swiftSettings: optimizedInDebug),
        .target(name: "CordonMatch", dependencies: ["CordonModel", "CordonText"], swiftSettings: optimizedInDebug),
        .executableTarget(
            name: "cordon",
            dependencies: [
                "CordonModel", "CordonSources", "CordonChain", "CordonText", "CordonMatch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "cordon-bench",
            dependencies: ["CordonModel", "CordonSources", "CordonChain", "CordonMatch"]
        ),
        .testTarget(name: "CordonModelTests", dependencies: ["CordonModel"]),
        .testTarget(
            name: "CordonSourcesTests",
            dependencies: ["CordonSources", "CordonModel"],
            resources: []
        ),
        .testTarget(name: "CordonTextTests", dependencies: ["CordonText"]),
        .testTarget(name: "CordonChainTests", dependencies: ["CordonChain", "CordonModel", "CordonSources", "CordonMatch"]),
        .testTarget(name: "CordonMatchTests", dependencies: ["CordonMatch", "CordonModel", "CordonSources", "CordonText"]),
        .testTarget(name: "CordonCLITests", dependencies: ["cordon"]),
    ]
)
