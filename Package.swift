// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "OpenData", targets: ["OpenData"]),
        .library(name: "SiteGen", targets: ["SiteGen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CDeflate",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .target(
            name: "CCmarkParallel",
            dependencies: ["CCmarkGFM"]
        ),
        .target(
            name: "OpenData",
            dependencies: ["CDeflate", "CCrypto"]
        ),
        .target(
            name: "SiteGen",
            dependencies: [
                "OpenData",
                "CCmarkGFM",
                "CCmarkParallel",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            plugins: ["EmbedThemePlugin"]
        ),
        // Carries themes/default inside the binary (see Plugins/EmbedThemePlugin).
        .executableTarget(name: "EmbedTheme"),
        .plugin(name: "EmbedThemePlugin", capability: .buildTool(), dependencies: ["EmbedTheme"]),
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SiteGen",
                "OpenData",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "OpenDataTests", dependencies: ["OpenData", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "SiteGenTests", dependencies: ["SiteGen", "OpenData", .product(name: "Mustache", package: "swift-mustache")]),
    ],
    swiftLanguageModes: [.v6]
)
