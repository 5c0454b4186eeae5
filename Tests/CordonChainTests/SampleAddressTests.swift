import Testing
@testable import CordonChain

/// 99,999 real addresses per chain (graphsense-lib test resources), all valid.
@Suite struct SampleAddressTests {
    @Test(arguments: [
        ("btc_addresses.txt.gz", AssetCode.xbt),
        ("bch_addresses.txt.gz", .bch),
        ("ltc_addresses.txt.gz", .ltc),
        ("zec_addresses.txt.gz", .zec),
    ])
    func allSamplesValidate(file: String, asset: AssetCode) throws {
        let lines = try Fixtures.gzipLines("address-samples/" + file)
        #expect(lines.count == 99_999)
        var failures: [String] = []
        var kinds: [AddressKind: Int] = [:]
        for line in lines {
            let result = AddressValidator.validate(line, asset: asset)
            if !result.isValid {
                failures.append("\(line): \(result.reason ?? "")")
            }
            for kind in result.kinds { kinds[kind, default: 0] += 1 }
            if result.formats.contains(where: \.isCaseInsensitive) {
                #expect(result.normalized == line.lowercased())
            } else {
                #expect(result.normalized == line)
            }
        }
        #expect(failures.isEmpty, "\(failures.count) invalid, e.g. \(failures.prefix(5))")
        print("\(asset.rawValue) samples valid: \(lines.count - failures.count)/\(lines.count), kinds:",
              kinds.sorted { $0.value > $1.value }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", "))
    }
}
