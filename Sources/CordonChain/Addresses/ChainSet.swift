/// Allocation-free set of chains for the validator's hot path.
struct ChainSet: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    init(rawValue: UInt32) { self.rawValue = rawValue }

    init(_ chains: Chain...) {
        var raw: UInt32 = 0
        for chain in chains { raw |= chain.bit }
        rawValue = raw
    }

    static let evm = ChainSet(.ethereum, .ethereumClassic, .arbitrum, .bnbSmartChain)

    var chains: [Chain] {
        Chain.allCases.filter { rawValue & $0.bit != 0 }
    }
}
