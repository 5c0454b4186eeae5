/// A ledger an address can live on. Assets map to chains (USDT lives on several),
/// and an address format maps to chains, so candidate assets follow from both.
public enum Chain: String, Sendable, Hashable, CaseIterable, Codable {
    case bitcoin
    /// Omni Layer tokens (historically most USDT) ride on Bitcoin P2PKH/P2SH addresses.
    case omni
    case bitcoinCash
    case bitcoinSV
    case bitcoinGold
    case litecoin
    case dash
    case zcash
    case verge
    case monero
    case ethereum
    case ethereumClassic
    case arbitrum
    case bnbSmartChain
    case bnbBeaconChain
    case tron
    case ripple
    case solana

    var bit: UInt32 { 1 &<< UInt32(Chain.bitIndex(self)) }

    static func bitIndex(_ chain: Chain) -> Int {
        switch chain {
        case .bitcoin: 0
        case .omni: 1
        case .bitcoinCash: 2
        case .bitcoinSV: 3
        case .bitcoinGold: 4
        case .litecoin: 5
        case .dash: 6
        case .zcash: 7
        case .verge: 8
        case .monero: 9
        case .ethereum: 10
        case .ethereumClassic: 11
        case .arbitrum: 12
        case .bnbSmartChain: 13
        case .bnbBeaconChain: 14
        case .tron: 15
        case .ripple: 16
        case .solana: 17
        }
    }
}
