import ArgumentParser

// Placeholder, replaced by the wallet-screening work (issue 4).
struct AddressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "address", abstract: "Screen wallet addresses (in progress).")
}
