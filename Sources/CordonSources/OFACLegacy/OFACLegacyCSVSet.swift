/// The files of one OFAC legacy CSV publication. Only the main file is
/// required; addresses, aliases and remark continuations add to it.
public struct OFACLegacyCSVSet: Sendable {
    public var main: ListFile
    public var addresses: ListFile?
    public var aliases: ListFile?
    public var comments: ListFile?
    /// True for the consolidated (non-SDN) set (`cons_prim.csv` …).
    public var isConsolidated: Bool

    public init(main: ListFile, addresses: ListFile? = nil, aliases: ListFile? = nil,
                comments: ListFile? = nil, isConsolidated: Bool = false) {
        self.main = main
        self.addresses = addresses
        self.aliases = aliases
        self.comments = comments
        self.isConsolidated = isConsolidated
    }

    var files: [ListFile] { [main, addresses, aliases, comments].compactMap { $0 } }
}
