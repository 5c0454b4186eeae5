/// Entry point for wallet-address screening: validates an address for the 19
/// asset codes on the OFAC SDN list and produces the key to look it up by.
///
/// Everything works on the input's UTF-8 bytes; no Foundation, no regexes. Bad
/// input of any kind yields an invalid ``AddressValidation`` with a reason,
/// never a trap.
public enum AddressValidator {
    /// Longer inputs are rejected before decoding: the longest supported address
    /// (a Monero integrated address) has 106 characters.
    public static let maximumLength = 256

    /// Full validation. Without `asset`, reports every chain the address may
    /// belong to; with it, whether the address fits that asset and, if not, which
    /// assets it does fit.
    public static func validate(_ address: String, asset: AssetCode? = nil) -> AddressValidation {
        var copy = address
        let analysis = copy.withUTF8 { analyze($0) }
        return finish(analysis, input: address, asset: asset)
    }

    /// The lookup key for an address: surrounding whitespace trimmed; formats that
    /// ignore case (0x hex, Bech32/Bech32m, CashAddr) lower-cased, with CashAddr's
    /// `bitcoincash:` prefix removed; Base58 formats left as written since case is
    /// significant there. Does not validate, so it is cheap enough to run on every
    /// lookup; an already-normalized input is returned without allocating.
    public static func normalize(_ address: String) -> String {
        var copy = address
        return copy.withUTF8 { normalizedForm($0) } ?? address
    }

    // MARK: - Normalization

    static let bech32Prefixes: [[UInt8]] = ["bc1", "ltc1", "btg1", "bnb1", "zs1"].map { Array($0.utf8) }
    private static let cashAddrPrefix = Array("bitcoincash:".utf8)

    @inline(__always)
    static func isTrimmable(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    /// nil means "unchanged".
    static func normalizedForm(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        var start = 0, end = raw.count
        while start < end && isTrimmable(raw[start]) { start &+= 1 }
        while end > start && isTrimmable(raw[end &- 1]) { end &-= 1 }
        let trimmed = start != 0 || end != raw.count
        let text = UnsafeBufferPointer(rebasing: raw[start..<end])
        switch caseInsensitiveClass(text) {
        case .none:
            return trimmed ? ASCIIBytes.string(text) : nil
        case .prefixedCashAddr:
            return ASCIIBytes.lowercased(UnsafeBufferPointer(rebasing: text[cashAddrPrefix.count...]))
        case .lowerCaseable:
            var needsLowering = false
            for b in text where ASCIIBytes.isUpper(b) { needsLowering = true; break }
            if needsLowering { return ASCIIBytes.lowercased(text) }
            return trimmed ? ASCIIBytes.string(text) : nil
        }
    }

    enum CaseClass { case none, lowerCaseable, prefixedCashAddr }

    static func caseInsensitiveClass(_ text: UnsafeBufferPointer<UInt8>) -> CaseClass {
        let n = text.count
        guard n >= 3 else { return .none }
        if n == 42 && text[0] == UInt8(ascii: "0") && text[1] | 0x20 == UInt8(ascii: "x") {
            for i in 2..<42 where ASCIIBytes.hexValue(text[i]) == 0xFF { return .none }
            return .lowerCaseable
        }
        if n > cashAddrPrefix.count && hasPrefixIgnoringCase(text, cashAddrPrefix) {
            return .prefixedCashAddr
        }
        for prefix in bech32Prefixes where n > prefix.count && hasPrefixIgnoringCase(text, prefix) {
            return isSingleCaseBech32(text, from: prefix.count) && isSingleCase(text) ? .lowerCaseable : .none
        }
        if n == 42 || n == 61 {
            switch text[0] | 0x20 {
            case UInt8(ascii: "q"), UInt8(ascii: "p"), UInt8(ascii: "z"), UInt8(ascii: "r"):
                return isSingleCaseBech32(text, from: 0) ? .lowerCaseable : .none
            default:
                return .none
            }
        }
        return .none
    }

    @inline(__always)
    static func hasPrefixIgnoringCase(_ text: UnsafeBufferPointer<UInt8>, _ lowerPrefix: [UInt8]) -> Bool {
        guard text.count >= lowerPrefix.count else { return false }
        for i in 0..<lowerPrefix.count where ASCIIBytes.lower(text[i]) != lowerPrefix[i] { return false }
        return true
    }

    /// All bytes from `from` are Bech32 data characters in one letter case.
    static func isSingleCaseBech32(_ text: UnsafeBufferPointer<UInt8>, from: Int) -> Bool {
        Bech32.charsetValues.withUnsafeBufferPointer { table in
            var lower = false, upper = false
            for i in from..<text.count {
                let b = text[i]
                if table[Int(b)] == 0xFF { return false }
                if ASCIIBytes.isLower(b) { lower = true } else if ASCIIBytes.isUpper(b) { upper = true }
            }
            return !(lower && upper)
        }
    }

    static func isSingleCase(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var lower = false, upper = false
        for b in text {
            if ASCIIBytes.isLower(b) { lower = true } else if ASCIIBytes.isUpper(b) { upper = true }
        }
        return !(lower && upper)
    }

    // MARK: - Assembly

    private static func finish(_ analysis: Analysis, input: String, asset: AssetCode?) -> AddressValidation {
        let normalized = normalize(input)
        var all = ChainSet()
        for item in analysis.interpretations { all.formUnion(item.chains) }
        let candidates = AssetCode.assets(on: all)
        var chosen = analysis.interpretations
        var chains = all
        var problem = analysis.problem
        if let asset, problem == nil {
            let wanted = asset.chainSet
            chosen = analysis.interpretations.filter { !$0.chains.intersection(wanted).isEmpty }
            if chosen.isEmpty {
                problem = .belongsToOtherAsset(requested: asset, detected: candidates)
                chosen = analysis.interpretations
            } else {
                chains = ChainSet()
                for item in chosen { chains.formUnion(item.chains.intersection(wanted)) }
            }
        }
        var formats: [AddressFormat] = []
        var kinds: [AddressKind] = []
        for item in chosen {
            if !formats.contains(item.format) { formats.append(item.format) }
            if !kinds.contains(item.kind) { kinds.append(item.kind) }
        }
        return AddressValidation(
            input: input,
            requestedAsset: asset,
            isValid: problem == nil && !chosen.isEmpty,
            normalized: normalized,
            formats: formats,
            kinds: kinds,
            chains: chains.chains,
            candidateAssets: candidates,
            checksum: analysis.checksum,
            problem: problem ?? (chosen.isEmpty ? .unrecognizedFormat : nil)
        )
    }
}
