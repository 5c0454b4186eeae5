import CordonModel
import Testing

/// What both OFAC formats must say about KIM, Sang Man (ofac-sdn:43377),
/// designated on 23 May 2023 as the representative of Chinyong.
enum KimSangManExpectations {
    static func check(_ entity: Entity?) {
        guard let entity else {
            Issue.record("ofac-sdn:43377 is missing")
            return
        }
        #expect(entity.schema == .person)
        #expect(entity.caption == "KIM, Sang Man")
        #expect(entity.names.contains { $0.full == "KIM, Sangman" && $0.kind == .aka })
        #expect(entity.birthDates == [BirthDate(PartialDate(year: 1965, month: 4, day: 25))])
        #expect(entity.birthPlaces == ["North Pyongan Province, North Korea"])
        #expect(entity.programs == ["DPRK4"])
        #expect(entity.nationalities.map(\.code) == ["KP"])
        #expect(entity.gender == "Male")
        let passports = entity.identifiers.filter { $0.kind == .passport }
        #expect(Set(passports.map(\.value)) == ["109420132", "827220538", "563220082"])
        #expect(passports.allSatisfy { $0.country?.code == "KP" })
        let first = passports.first { $0.value == "109420132" }
        #expect(first?.issued == PartialDate(year: 2019, month: 10, day: 16))
        #expect(first?.expires == PartialDate(year: 2024, month: 10, day: 16))
        let wallets = Set(entity.wallets.map { "\($0.asset ?? "?") \($0.value)" })
        #expect(wallets == [
            "XBT 1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ", "XBT 1FCNgfZWpYMeYhy9t18AAkTBu8AsdoAc1Z",
            "ETH 0x97b1043abd9e6fc31681635166d430a458d14f9c", "ETH 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40",
            "USDT 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40", "USDC 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40",
        ])
    }

    static let lazarusWallets: Set<String> = [
        "0x098B716B8Aaf21512996dC57EB0615e2383E2f96", "0xa0e1c89Ef1a489c9C7dE96311eD5Ce5D32c20E4B",
        "0x3Cffd56B47B7b41c56258D9C7731ABaDc360E073", "0x53b6936513e738f44FB50d2b9476730C0Ab3Bfc1",
        "0x35fB6f6DB4fb05e6A4cE86f2C93691425626d4b1", "0xF7B31119c2682c88d88D455dBb9d5932c65Cf1bE",
        "0x3e37627dEAA754090fBFbb8bd226c1CE66D255e9", "0x08723392Ed15743cc38513C4925f5e6be5c17243",
    ]

    static let lazarusAliases = ["Hidden Cobra", "Office 91", "Guardians of Peace", "The New Romantic Cyber Army Team",
                                 "WhoIs Hacking Team", "Red Dot", "TEMP.Hermit", "Group 77", "Zinc", "APT-C-26", "Appleworm"]
}
