import CordonModel
import Foundation

/// The words OFAC uses for features and documents, shared by the advanced XML
/// (feature and document type tables) and the legacy CSV (remarks), so both
/// formats produce the same entity for the same party.
enum OFACLabels {
    static let walletPrefix = "Digital Currency Address - "

    static func identifierKind(forDocument label: String) -> IdentifierKind {
        let folded = label.lowercased()
        if folded.contains("passport") { return .passport }
        if folded.contains("vessel registration") || folded == "mmsi" || folded.hasPrefix("imo") { return .imoNumber }
        if folded.contains("aircraft") { return .aircraftRegistration }
        if folded.contains("swift") { return .swiftBIC }
        let tax = ["tax", "r.f.c", "rfc", "v.a.t", "fiscal", "nit #", "c.u.i.t", "ruc #", "rif #", "us fein", "n.i.f", "nuit", "inn", "rtn", "c.i.f"]
        if tax.contains(where: { folded.contains($0) }) { return .taxNumber }
        let registration = ["registration", "registry", "register", "company number", "legal entity", "le number",
                            "incorporation", "business number", "enterprise number", "organization code",
                            "commercial code", "chamber of comm", "social credit", "trade license", "gazette",
                            "matricula", "folio", "c.r. no", "romanian c.r", "ogrn", "branch unit", "charity"]
        if registration.contains(where: { folded.contains($0) }) { return .registrationNumber }
        let national = ["national", "identification", "id card", "id no", "cedula", "d.n.i", "c.u.r.p", "ssn",
                        "identity", "identidad", "personal", "citizen", "c.i.n", "c.u.i", "n.i.e", "tazkira",
                        "birth certificate", "credencial", "i.f.e", "residency", "cnp", "travel document",
                        "driver", "electoral", "immigration"]
        if national.contains(where: { folded.contains($0) }) { return .nationalID }
        return .other
    }

    /// A person's Latin-script name the way OFAC prints it in its CSV files and
    /// search tool, "GARCIA CORRALES, Martin": surnames upper-cased, then a comma,
    /// then the given names. Other names keep their parts in document order.
    static func displayName(_ parts: [NamePart], isPerson: Bool, script: String?) -> String {
        let surnameKinds: Set<NamePartKind> = [.family, .patronymic, .matronymic]
        let surnames = parts.filter { surnameKinds.contains($0.kind) }
        guard isPerson, script == nil || script == "Latn", !surnames.isEmpty, surnames.count < parts.count else {
            return parts.map(\.value).joined(separator: " ")
        }
        let given = parts.filter { !surnameKinds.contains($0.kind) }
        return surnames.map { $0.value.uppercased() }.joined(separator: " ") + ", "
            + given.map(\.value).joined(separator: " ")
    }

    static func namePartKind(_ label: String?) -> NamePartKind {
        switch label {
        case "Last Name": .family
        case "First Name": .given
        case "Middle Name": .middle
        case "Maiden Name": .maiden
        case "Patronymic": .patronymic
        case "Matronymic": .matronymic
        case "Nickname": .nickname
        case "Entity Name": .entity
        case "Vessel Name": .vessel
        case "Aircraft Name": .aircraft
        default: .other
        }
    }

    /// OFAC's script codes are partly ISO 15924 ("Cyrl") and partly words ("Latin", "Korean").
    static func iso15924(_ code: String) -> String {
        switch code {
        case "Latin": "Latn"
        case "Korean": "Kore"
        case "Japanese": "Jpan"
        case "Hebrew": "Hebr"
        default: code
        }
    }

    /// Records one feature (advanced XML) or one remark item (legacy CSV) on an entity.
    static func apply(feature label: String, value: String?, period: OFACDatePeriod? = nil,
                      locations: [Address] = [], to entity: inout Entity) {
        let trimmed = value?.trimmed()
        // Nationality locations often carry the country only as text ("Korea, North").
        let countries = locations.compactMap { $0.country ?? $0.text.map { Country(name: $0) } }
        switch label {
        case "Birthdate":
            if let date = period?.birthDate, !entity.birthDates.contains(date) { entity.birthDates.append(date) }
        case "Place of Birth":
            if let trimmed, !trimmed.isEmpty, !entity.birthPlaces.contains(trimmed) { entity.birthPlaces.append(trimmed) }
        case "Nationality Country":
            for country in countries where !entity.nationalities.contains(country) { entity.nationalities.append(country) }
        case "Citizenship Country":
            for country in countries where !entity.citizenships.contains(country) { entity.citizenships.append(country) }
        case "Gender":
            entity.gender = trimmed
        case "Title":
            if let trimmed, !trimmed.isEmpty { entity.titles.append(trimmed) }
        case "Location":
            for address in locations where !entity.addresses.contains(address) { entity.addresses.append(address) }
        case "Website", "Email Address", "Phone Number", "SWIFT/BIC":
            guard let trimmed, !trimmed.isEmpty else { return }
            let kind: IdentifierKind = switch label {
            case "Website": .website
            case "Email Address": .email
            case "Phone Number": .phone
            default: .swiftBIC
            }
            entity.addIdentifier(Identifier(kind: kind, value: trimmed, label: label))
        default:
            if label.hasPrefix(walletPrefix) {
                guard let trimmed, !trimmed.isEmpty else { return }
                let asset = String(label.dropFirst(walletPrefix.count)).trimmed()
                entity.addIdentifier(Identifier(kind: .cryptoWallet, value: trimmed, label: label, asset: asset))
                return
            }
            let shown = trimmed ?? period.flatMap(\.birthDate)?.description
                ?? countries.first?.name
            guard let shown, !shown.isEmpty else { return }
            let property = Property(label: label.trimmingCharacters(in: CharacterSet(charactersIn: " :-")), value: shown)
            if !entity.properties.contains(property) { entity.properties.append(property) }
        }
    }
}
