/// The digital-currency codes OFAC prints in SDN features ("Digital Currency
/// Address - XBT"). Raw values are OFAC's spelling so list data maps directly.
public enum AssetCode: String, Sendable, Hashable, CaseIterable, Codable {
    case xbt = "XBT"
    case eth = "ETH"
    case xmr = "XMR"
    case ltc = "LTC"
    case zec = "ZEC"
    case dash = "DASH"
    case btg = "BTG"
    case etc = "ETC"
    case bsv = "BSV"
    case bch = "BCH"
    case xvg = "XVG"
    case usdt = "USDT"
    case xrp = "XRP"
    case bnb = "BNB"
    case trx = "TRX"
    case usdc = "USDC"
    case arb = "ARB"
    case bsc = "BSC"
    case sol = "SOL"

    /// Accepts OFAC's code in any letter case and the common alias `BTC`, since
    /// user input rarely matches OFAC's ISO-style `XBT`.
    public init?(code: String) {
        var upper = ""
        for scalar in code.unicodeScalars {
            guard scalar.isASCII else { return nil }
            if scalar.value == 0x20 { continue }
            upper.unicodeScalars.append(scalar.value >= 0x61 && scalar.value <= 0x7A
                ? Unicode.Scalar(UInt8(truncatingIfNeeded: scalar.value &- 0x20)) : scalar)
        }
        if upper == "BTC" { upper = "XBT" }
        self.init(rawValue: upper)
    }

    /// Chains whose addresses can hold this asset. Stablecoins and ARB live on
    /// several chains; the OFAC list files them under the token, not the chain.
    public var chains: [Chain] { chainSet.chains }

    var chainSet: ChainSet {
        switch self {
        case .xbt: ChainSet(.bitcoin)
        case .eth: ChainSet(.ethereum)
        case .xmr: ChainSet(.monero)
        case .ltc: ChainSet(.litecoin)
        case .zec: ChainSet(.zcash)
        case .dash: ChainSet(.dash)
        case .btg: ChainSet(.bitcoinGold)
        case .etc: ChainSet(.ethereumClassic)
        case .bsv: ChainSet(.bitcoinSV)
        case .bch: ChainSet(.bitcoinCash)
        case .xvg: ChainSet(.verge)
        case .usdt: ChainSet(.ethereum, .tron, .omni, .solana, .arbitrum, .bnbSmartChain)
        case .xrp: ChainSet(.ripple)
        case .bnb: ChainSet(.bnbBeaconChain, .bnbSmartChain)
        case .trx: ChainSet(.tron)
        case .usdc: ChainSet(.ethereum, .tron, .solana, .arbitrum, .bnbSmartChain)
        case .arb: ChainSet(.arbitrum, .ethereum)
        case .bsc: ChainSet(.bnbSmartChain)
        case .sol: ChainSet(.solana)
        }
    }

    /// Assets that can live on any of `chains`, in declaration order.
    static func assets(on chains: ChainSet) -> [AssetCode] {
        allCases.filter { $0.chainSet.rawValue & chains.rawValue != 0 }
    }
}
