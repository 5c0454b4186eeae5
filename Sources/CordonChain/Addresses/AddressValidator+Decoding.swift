/// Dispatch from raw bytes to the codec that can decode them. Each branch is
/// chosen by cheap structural tests (prefix, length, character set) so that at
/// most two codecs run per input.
extension AddressValidator {
    static func analyze(_ raw: UnsafeBufferPointer<UInt8>) -> Analysis {
        var start = 0, end = raw.count
        while start < end && isTrimmable(raw[start]) { start &+= 1 }
        while end > start && isTrimmable(raw[end &- 1]) { end &-= 1 }
        guard start < end else { return .failure(.empty) }
        let n = end &- start
        guard n <= maximumLength else { return .failure(.tooLong(length: n, limit: maximumLength)) }
        let text = UnsafeBufferPointer(rebasing: raw[start..<end])

        var allHex = true
        var nonBase58 = 0
        var firstNonBase58 = -1
        var colon = -1
        let base58 = Base58.Alphabet.bitcoin.values
        for i in 0..<n {
            let b = text[i]
            if b >= 0x80 { return .failure(.nonASCII(offset: i)) }
            if b < 0x20 || b == 0x7F { return .failure(.controlCharacter(offset: i, byte: b)) }
            if b == 0x20 { return .failure(.innerWhitespace(offset: i)) }
            if ASCIIBytes.hexValue(b) == 0xFF { allHex = false }
            if base58[Int(b)] == 0xFF {
                if nonBase58 == 0 { firstNonBase58 = i }
                nonBase58 &+= 1
            }
            if b == UInt8(ascii: ":") && colon < 0 { colon = i }
        }

        if n >= 2 && text[0] == UInt8(ascii: "0") && text[1] | 0x20 == UInt8(ascii: "x") {
            return evm(text)
        }
        if allHex && n == 64 { return .failure(.hexHashNotAddress(length: n)) }
        if allHex && n == 40 { return .failure(.missingHexPrefix) }
        if colon >= 0 { return cashAddr(text) }
        if let hrp = knownBech32Prefix(text) {
            return preferring(bech32(text, hrp: hrp), orBase58: text, nonBase58: nonBase58)
        }
        if (n == 42 || n == 61) && isSingleCaseBech32(text, from: 0) {
            switch text[0] | 0x20 {
            case UInt8(ascii: "q"), UInt8(ascii: "p"), UInt8(ascii: "z"), UInt8(ascii: "r"):
                return preferring(cashAddr(text), orBase58: text, nonBase58: nonBase58)
            default:
                break
            }
        }
        if nonBase58 == 0 { return base58Family(text) }
        if nonBase58 <= 2 && (25...111).contains(n) {
            return .failure(.invalidCharacter(
                offset: firstNonBase58, character: ASCIIBytes.character(text[firstNonBase58]), format: .base58Check))
        }
        return .failure(.unrecognizedFormat)
    }

    // MARK: EVM

    private static func evm(_ text: UnsafeBufferPointer<UInt8>) -> Analysis {
        let n = text.count
        var allHex = true
        var firstBad = -1
        for i in 2..<n where ASCIIBytes.hexValue(text[i]) == 0xFF {
            allHex = false
            firstBad = i
            break
        }
        if n == 66 && allHex { return .failure(.hexHashNotAddress(length: 64)) }
        guard n == 42 else { return .failure(.invalidLength(format: .ethereumHex, length: n)) }
        guard allHex else {
            return .failure(.invalidCharacter(
                offset: firstBad, character: ASCIIBytes.character(text[firstBad]), format: .ethereumHex))
        }
        let interpretation = Interpretation(format: .ethereumHex, kind: .account, chains: .evm)
        switch EIP55.verify(hex: UnsafeBufferPointer(rebasing: text[2...])) {
        case .valid:
            return .success(interpretation, checksum: .verified)
        case .noChecksum:
            return .success(interpretation, checksum: .notPresent)
        case let .mismatch(expected):
            return Analysis(
                interpretations: [interpretation], checksum: .mismatch,
                problem: .eip55ChecksumMismatch(expected: expected))
        }
    }

    // MARK: Bech32 family

    enum Bech32Prefix { case bitcoin, litecoin, bitcoinGold, bnb, sapling }

    private static func knownBech32Prefix(_ text: UnsafeBufferPointer<UInt8>) -> Bech32Prefix? {
        guard text.count > 4 else { return nil }
        switch (ASCIIBytes.lower(text[0]), ASCIIBytes.lower(text[1]), ASCIIBytes.lower(text[2]), ASCIIBytes.lower(text[3])) {
        case (0x62, 0x63, 0x31, _): return .bitcoin  // bc1
        case (0x6C, 0x74, 0x63, 0x31): return .litecoin  // ltc1
        case (0x62, 0x74, 0x67, 0x31): return .bitcoinGold  // btg1
        case (0x62, 0x6E, 0x62, 0x31): return .bnb  // bnb1
        case (0x7A, 0x73, 0x31, _): return .sapling  // zs1
        default: return nil
        }
    }

    private static func bech32(_ text: UnsafeBufferPointer<UInt8>, hrp: Bech32Prefix) -> Analysis {
        let decoded: Bech32.Decoded
        do {
            decoded = try Bech32.decode(text, lengthLimit: Bech32.defaultLengthLimit)
        } catch {
            return .failure(error, checksum: error == .checksumMismatch(format: .bech32) ? .mismatch : .notChecked)
        }
        switch hrp {
        case .bitcoin, .litecoin, .bitcoinGold:
            let segwit: Bech32.SegwitAddress
            do {
                segwit = try Bech32.segwit(decoded)
            } catch {
                return .failure(error, checksum: .verified)
            }
            let kind: AddressKind = switch (segwit.version, segwit.program.count) {
            case (0, 20): .witnessPubKeyHash
            case (0, _): .witnessScriptHash
            case (1, 32): .taproot
            default: .futureWitness
            }
            let chains: ChainSet = switch hrp {
            case .litecoin: ChainSet(.litecoin)
            case .bitcoinGold: ChainSet(.bitcoinGold)
            default: ChainSet(.bitcoin)
            }
            return .success(Interpretation(format: segwit.variant.format, kind: kind, chains: chains))
        case .bnb, .sapling:
            guard decoded.variant == .bech32 else {
                return .failure(.wrongChecksumVariant(expected: .bech32, found: .bech32m), checksum: .verified)
            }
            guard !decoded.data.isEmpty else { return .failure(.emptyData(format: .bech32), checksum: .verified) }
            guard let bytes = Bech32.convertBits(decoded.data, from: 5, to: 8, pad: false) else {
                return .failure(.invalidPadding(format: .bech32), checksum: .verified)
            }
            let expected = hrp == .bnb ? 20 : 43
            guard bytes.count == expected else {
                return .failure(.invalidLength(format: .bech32, length: bytes.count), checksum: .verified)
            }
            return hrp == .bnb
                ? .success(Interpretation(format: .bech32, kind: .account, chains: ChainSet(.bnbBeaconChain)))
                : .success(Interpretation(format: .bech32, kind: .zcashSapling, chains: ChainSet(.zcash)))
        }
    }

    // MARK: CashAddr

    private static func cashAddr(_ text: UnsafeBufferPointer<UInt8>) -> Analysis {
        let decoded: CashAddr.Decoded
        do {
            decoded = try CashAddr.decode(text, defaultPrefix: CashAddr.defaultPrefix)
        } catch {
            return .failure(error, checksum: error == .checksumMismatch(format: .cashAddr) ? .mismatch : .notChecked)
        }
        guard decoded.prefix == CashAddr.defaultPrefix else {
            return .failure(.unknownHumanReadablePart(decoded.prefix), checksum: .verified)
        }
        guard let type = decoded.type, let bits = decoded.declaredHashBits else {
            return .failure(.emptyData(format: .cashAddr), checksum: .verified)
        }
        let actualBits = decoded.hash.count &* 8
        guard bits == actualBits else {
            return .failure(.hashSizeMismatch(format: .cashAddr, declaredBits: bits, actualBits: actualBits), checksum: .verified)
        }
        let kind: AddressKind
        switch type {
        case 0, 2: kind = .payToPubKeyHash
        case 1, 3: kind = .payToScriptHash
        default: return .failure(.unknownAddressType(format: .cashAddr, type: type), checksum: .verified)
        }
        guard bits == 160 || bits == 256 else {
            return .failure(.hashSizeMismatch(format: .cashAddr, declaredBits: bits, actualBits: actualBits), checksum: .verified)
        }
        return .success(Interpretation(format: .cashAddr, kind: kind, chains: ChainSet(.bitcoinCash)))
    }

    // MARK: Base58 family

    private static func base58Family(_ text: UnsafeBufferPointer<UInt8>) -> Analysis {
        let n = text.count
        // Zcash Sprout addresses ("zc…", 70 bytes) are also 95 characters long.
        let sprout = n == 95 && text[0] == UInt8(ascii: "z") && text[1] == UInt8(ascii: "c")
        if (n == 95 || n == 106) && !sprout { return monero(text) }
        var rippleResult: Analysis?
        if text[0] == UInt8(ascii: "r") {
            let ripple = rippleAccount(text)
            if ripple.problem == nil { return ripple }
            rippleResult = ripple
        }
        let bytes: [UInt8]
        do {
            bytes = try Base58.decode(text, alphabet: .bitcoin, format: .base58Check)
        } catch {
            return rippleResult ?? .failure(error)
        }
        if bytes.count == 32 {
            return .success(Interpretation(format: .base58, kind: .account, chains: ChainSet(.solana)), checksum: .notPresent)
        }
        if let rippleResult { return rippleResult }
        switch bytes.count {
        case 25, 26, 70:
            guard Base58Check.hasValidChecksum(bytes) else {
                return .failure(.checksumMismatch(format: .base58Check), checksum: .mismatch)
            }
        default:
            return .failure(.invalidLength(format: .base58Check, length: bytes.count))
        }
        let interpretation: Interpretation?
        switch bytes.count {
        case 25: interpretation = oneByteVersion(bytes[0])
        case 26: interpretation = zcashTransparent(bytes[0], bytes[1])
        default:
            interpretation = bytes[0] == 0x16 && bytes[1] == 0x9A
                ? Interpretation(format: .base58Check, kind: .zcashSprout, chains: ChainSet(.zcash)) : nil
        }
        guard let interpretation else {
            let versionLength = bytes.count == 25 ? 1 : 2
            return .failure(.unknownVersion(format: .base58Check, version: Array(bytes[0..<versionLength])), checksum: .verified)
        }
        return .success(interpretation)
    }

    private static func oneByteVersion(_ version: UInt8) -> Interpretation? {
        let p2pkh = AddressKind.payToPubKeyHash, p2sh = AddressKind.payToScriptHash
        let (kind, chains): (AddressKind, ChainSet)
        switch version {
        case 0x00: (kind, chains) = (p2pkh, ChainSet(.bitcoin, .omni, .bitcoinCash, .bitcoinSV))
        // Litecoin used Bitcoin's P2SH version before switching to 'M' addresses.
        case 0x05: (kind, chains) = (p2sh, ChainSet(.bitcoin, .omni, .bitcoinCash, .bitcoinSV, .litecoin))
        case 0x30: (kind, chains) = (p2pkh, ChainSet(.litecoin))
        case 0x32: (kind, chains) = (p2sh, ChainSet(.litecoin))
        case 0x26: (kind, chains) = (p2pkh, ChainSet(.bitcoinGold))
        case 0x17: (kind, chains) = (p2sh, ChainSet(.bitcoinGold))
        case 0x4C: (kind, chains) = (p2pkh, ChainSet(.dash))
        case 0x10: (kind, chains) = (p2sh, ChainSet(.dash))
        case 0x1E: (kind, chains) = (p2pkh, ChainSet(.verge))
        case 0x21: (kind, chains) = (p2sh, ChainSet(.verge))
        case 0x41: (kind, chains) = (.account, ChainSet(.tron))
        default: return nil
        }
        return Interpretation(format: .base58Check, kind: kind, chains: chains)
    }

    private static func zcashTransparent(_ v0: UInt8, _ v1: UInt8) -> Interpretation? {
        guard v0 == 0x1C else { return nil }
        switch v1 {
        case 0xB8: return Interpretation(format: .base58Check, kind: .payToPubKeyHash, chains: ChainSet(.zcash))
        case 0xBD: return Interpretation(format: .base58Check, kind: .payToScriptHash, chains: ChainSet(.zcash))
        default: return nil
        }
    }

    private static func rippleAccount(_ text: UnsafeBufferPointer<UInt8>) -> Analysis {
        let bytes: [UInt8]
        do {
            bytes = try Base58.decode(text, alphabet: .ripple, format: .rippleBase58Check)
        } catch {
            return .failure(error)
        }
        guard bytes.count == 25 else { return .failure(.invalidLength(format: .rippleBase58Check, length: bytes.count)) }
        guard Base58Check.hasValidChecksum(bytes) else {
            return .failure(.checksumMismatch(format: .rippleBase58Check), checksum: .mismatch)
        }
        guard bytes[0] == 0x00 else {
            return .failure(.unknownVersion(format: .rippleBase58Check, version: [bytes[0]]), checksum: .verified)
        }
        return .success(Interpretation(format: .rippleBase58Check, kind: .account, chains: ChainSet(.ripple)))
    }

    /// Base58 strings can start like a Bech32 prefix ("LTc1…" is a Litecoin
    /// address) or look like bare CashAddr, so a failed Bech32-family decode falls
    /// back to Base58. Which failure to report: mixed case cannot be Bech32, so
    /// the Base58 reason is the relevant one then.
    private static func preferring(
        _ first: Analysis, orBase58 text: UnsafeBufferPointer<UInt8>, nonBase58: Int
    ) -> Analysis {
        guard first.problem != nil, nonBase58 == 0 else { return first }
        let alternative = base58Family(text)
        if alternative.problem == nil { return alternative }
        return isSingleCase(text) ? first : alternative
    }

    // MARK: Monero

    private static func monero(_ text: UnsafeBufferPointer<UInt8>) -> Analysis {
        let bytes: [UInt8]
        do {
            bytes = try MoneroBase58.decode(text)
        } catch {
            return .failure(error)
        }
        let n = bytes.count
        guard n == 69 || n == 77 else { return .failure(.invalidLength(format: .moneroBase58, length: n)) }
        let valid = bytes.withUnsafeBufferPointer { all in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { digest in
                Keccak256.digest(UnsafeBufferPointer(rebasing: all[0..<(n &- 4)]), domain: 0x01, into: digest)
                return digest[0] == all[n &- 4] && digest[1] == all[n &- 3]
                    && digest[2] == all[n &- 2] && digest[3] == all[n &- 1]
            }
        }
        guard valid else { return .failure(.checksumMismatch(format: .moneroBase58), checksum: .mismatch) }
        // Mainnet tags are single-byte varints: 18 standard, 19 integrated, 42 subaddress.
        let kind: AddressKind
        switch (bytes[0], n) {
        case (18, 69): kind = .moneroStandard
        case (19, 77): kind = .moneroIntegrated
        case (42, 69): kind = .moneroSubaddress
        default:
            return .failure(.unknownVersion(format: .moneroBase58, version: [bytes[0]]), checksum: .verified)
        }
        return .success(Interpretation(format: .moneroBase58, kind: kind, chains: ChainSet(.monero)))
    }
}
