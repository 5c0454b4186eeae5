import ArgumentParser
import CordonChain
import CordonModel
import Foundation

struct AddressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "address",
        abstract: "Screen wallet addresses against the sanctions lists.",
        discussion: """
            Validates each address (checksum, format, whether it fits --asset) and looks it up among the \
            wallet addresses of the loaded lists. A listed address matches even when it is invalid or \
            mistyped, exactly as the list prints it; the validation says what is wrong with it. \
            Case is ignored where the format ignores it (0x hex, Bech32, CashAddr); Bitcoin Cash matches \
            in CashAddr and legacy spelling.

            With --input, reads one address per line, or JSON lines {"id":…,"address":…,"asset":…}, \
            and writes one JSON line per query in input order; a line that cannot be read gets \
            {"line":N,"error":…} and the run goes on.
            """
    )

    @Argument(help: "The address to screen.") var address: String?
    @Option(help: ArgumentHelp("The asset the address is for, as OFAC codes it (XBT or BTC, ETH, USDT, TRX, …); with --input, the default for lines without one.", valueName: "code"))
    var asset: String?
    @Option(help: ArgumentHelp("Screen every line of this file instead (- for stdin).", valueName: "file"))
    var input: String?
    @Option(help: ArgumentHelp("Write the batch results here instead of stdout.", valueName: "file"))
    var output: String?
    @OptionGroup var lists: ListOptions
    @Flag(help: "Print JSON (batch output is always JSON lines).") var json = false

    func validate() throws {
        switch (address, input) {
        case (nil, nil): throw ValidationError("give an ADDRESS, or --input FILE for a batch")
        case (.some, .some): throw ValidationError("give either an ADDRESS or --input FILE, not both")
        default: break
        }
        if output != nil && input == nil { throw ValidationError("--output goes with --input FILE") }
        _ = try assetCode()
    }

    func run() throws {
        let assetCode = try assetCode()
        guard let input else {
            let book = AddressBook(try lists.load())
            let screening = book.screen(address ?? "", asset: assetCode)
            print(json ? try JSONOutput.string(AddressRecord(screening)) : AddressText.render(screening))
            return
        }
        let inputData = try Self.read(input)
        let sink = try OutputSink(path: output)
        let book = AddressBook(try lists.load())
        let summary = try AddressBatch(book: book, defaultAsset: assetCode).run(input: inputData, output: sink.write)
        try sink.close()
        FileHandleOutput.warn("address: screened \(summary.screened), sanctioned \(summary.sanctioned), unreadable lines \(summary.errors)")
    }

    private func assetCode() throws -> AssetCode? {
        guard let asset else { return nil }
        guard let code = AssetCode(code: asset) else {
            throw ValidationError("unknown asset code '\(asset)'; known: \(AssetCode.allCases.map(\.rawValue).joined(separator: ", ")) (BTC is read as XBT)")
        }
        return code
    }

    private static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure("\(path): no such input file")
        }
        guard !isDirectory.boolValue else { throw CommandFailure("\(path): is a folder; --input takes a file with one address per line") }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure("\(path): cannot read the input file (\((error as NSError).localizedDescription))")
        }
    }
}
