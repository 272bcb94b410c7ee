// swift-tools-version:6.1
import PackageDescription

// `expediente serve` (the ExpedienteServer target, Hummingbird and ZIPFoundation) takes minutes to
// build on two cores. Builds that neither run nor test it (the sanitizer runs of scripts/sanitize)
// set EXPEDIENTE_NO_SERVER=1: the manifest then leaves out the server, its tests, its packages and
// the serve subcommand, whose file compiles only with the EXPEDIENTE_SERVE condition.
let withServer = Context.environment["EXPEDIENTE_NO_SERVER"] == nil

let package = Package(
    name: "expediente",
    products: [
        .executable(name: "expediente", targets: ["expediente"]),
        .executable(name: "expediente-samples", targets: ["expediente-samples"]),
        .library(name: "ExpedienteKit", targets: ["ExpedienteKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ] + (withServer ? [
        // Without the default trait ConfigurationSupport: the server reads no swift-configuration.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0", traits: ["FullFoundation"]),
        // NIOEmbedded, for the route tests' request context (swift-nio comes with Hummingbird anyway).
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ] : []),
    targets: [
        .systemLibrary(name: "CLibJPEG", pkgConfig: "libjpeg", providers: [.apt(["libjpeg-dev"])]),
        .systemLibrary(name: "CLibMagic", pkgConfig: "libmagic", providers: [.apt(["libmagic-dev"])]),
        .systemLibrary(name: "CLibPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        .systemLibrary(name: "CZBar", pkgConfig: "zbar", providers: [.apt(["libzbar-dev"])]),
        .systemLibrary(name: "CQREncode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .target(name: "CExpedienteJPEG", dependencies: ["CLibJPEG"]),
        .target(name: "CExpedientePNG", dependencies: ["CLibPNG"]),
        .target(name: "CExpedienteSHA256"),
        .target(
            name: "ExpedienteKit",
            dependencies: [
                "CExpedienteJPEG", "CExpedientePNG", "CExpedienteSHA256", "CLibMagic", "CZBar",
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(name: "ExpedienteSamples", dependencies: ["ExpedienteKit", "CQREncode"]),
        .target(
            name: "ExpedienteCommandLine",
            dependencies: ["ExpedienteKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "expediente",
            dependencies: [
                "ExpedienteKit", "ExpedienteCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ] + (withServer ? ["ExpedienteServer"] : []),
            swiftSettings: withServer ? [.define("EXPEDIENTE_SERVE")] : []
        ),
        // Developer tool, not shipped: the generators and libqrencode stay out of `expediente`.
        .executableTarget(
            name: "expediente-samples",
            dependencies: [
                "ExpedienteKit", "ExpedienteSamples", "ExpedienteCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ExpedienteKitTests",
            dependencies: ["ExpedienteKit", "ExpedienteSamples", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "ExpedienteCLITests", dependencies: ["ExpedienteKit", "ExpedienteSamples"], exclude: ["Golden"]),
    ] + (withServer ? [
        // The local page for applicants (`expediente serve`): routes, limits, the page and the ZIP.
        .target(
            name: "ExpedienteServer",
            dependencies: [
                "ExpedienteKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "ExpedienteServerTests",
            dependencies: [
                "ExpedienteServer", "ExpedienteKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                // Not HummingbirdTesting: it brings AsyncHTTPClient and BoringSSL, minutes of building
                // on two cores. The route tests hand requests to the router's responder themselves.
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ] : []),
    swiftLanguageModes: [.v6]
)
