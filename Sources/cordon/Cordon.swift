import ArgumentParser

@main
struct Cordon: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sanctions screening: lists, names, wallets, monitoring.",
        discussion: "Without --list, commands use the bundled OFAC SDN, OFAC consolidated and UN lists (or newer ones installed by `cordon lists update`).",
        subcommands: [ListsCommand.self, EntityCommand.self, ScreenCommand.self, AddressCommand.self]
    )
}
