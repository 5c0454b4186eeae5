import ArgumentParser

// Placeholder, replaced by the name-screening work (issue 3).
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "screen", abstract: "Screen names (in progress).")
}
