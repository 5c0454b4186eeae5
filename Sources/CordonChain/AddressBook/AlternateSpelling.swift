/// Other spellings of a listed address that denote the same destination on the
/// same chain. Bitcoin Cash kept Bitcoin's legacy Base58Check addresses beside
/// CashAddr, so a list giving one spelling must still catch the other.
enum AlternateSpelling {
    static let bitcoinCashCode = "BCH"

    /// Lookup keys besides the listed one's own normalized form; empty for
    /// addresses with a single spelling.
    static func keys(forListed listed: String, asset: String?) -> [String] {
        let isBitcoinCash = asset.flatMap(AssetCode.init(code:)) == .bch
        let validation = AddressValidator.validate(listed)
        guard validation.isValid else { return [] }
        if validation.formats.contains(.cashAddr) {
            guard let decoded = try? CashAddr.decode(validation.normalized),
                  let legacy = CashAddr.legacyPayload(of: decoded) else { return [] }
            return [Base58Check.encode(legacy)]
        }
        if isBitcoinCash && validation.formats.contains(.base58Check) && validation.chains.contains(.bitcoinCash) {
            guard let legacy = try? Base58Check.decode(validation.normalized), legacy.count == 21 else { return [] }
            let versionByte: UInt8
            switch legacy[0] {
            case 0x00: versionByte = 0x00
            case 0x05: versionByte = 0x08
            default: return []
            }
            let cashAddr = CashAddr.encode(prefix: CashAddr.defaultPrefix, payload: [versionByte] + legacy.dropFirst())
            return [AddressValidator.normalize(cashAddr)]
        }
        return []
    }
}
