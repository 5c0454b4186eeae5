import CordonModel
import Foundation

/// Turns the free-text "remarks" column of OFAC's legacy CSV into structured
/// fields. The legacy format has no columns for birth dates, documents,
/// wallets or weak aliases: OFAC writes them all into remarks as
/// `Label value; alt. Label value; a.k.a. 'NAME'`.
enum OFACRemarksParser {
    /// Document labels of the advanced XML's IDRegDocType table, longest first
    /// so that "Diplomatic Passport" wins over "Passport".
    private static let documentLabels: [String] = [
        "Cedula No.", "Passport", "SSN", "R.F.C.", "D.N.I.", "NIT #", "US FEIN", "Driver's License No.", "RUC #",
        "N.I.E.", "C.I.F.", "Business Registration Document #", "RIF #", "National ID No.", "Registration ID",
        "LE Number", "Bosnian Personal ID No.", "Registered Charity No.", "V.A.T. Number", "Credencial electoral",
        "Kenyan ID No.", "Italian Fiscal Code", "Serial No.", "C.I.N.", "C.U.I.T.", "Tax ID No.",
        "Moroccan Personal ID No.", "Public Security and Immigration No.", "C.U.R.P.",
        "British National Overseas Passport", "C.R. No.", "UK Company Number", "Immigration No.",
        "Travel Document Number", "Electoral Registry No.", "Identification Number",
        "Paraguayan tax identification number", "National Foreign ID Number", "RFC", "Diplomatic Passport",
        "Dubai Chamber of Commerce Membership No.", "Trade License No.", "Commercial Registry Number",
        "Certificate of Incorporation Number", "Tourism License No.", "Aircraft Serial Identification",
        "Cartilla de Servicio Militar Nacional", "C.U.I.P.", "Vessel Registration Identification",
        "Personal ID Card", "Federal ID Card", "Registration Certificate Number (Dubai)", "VisaNumberID",
        "Matricula Mercantil No", "Residency Number", "Numero Unico de Identificacao Tributaria (NUIT)",
        "CNP (Personal Numerical Code)", "Romanian Permanent Resident", "Government Gazette Number", "Fiscal Code",
        "Pilot License Number", "Romanian C.R.", "Folio Mercantil No.", "Istanbul Chamber of Comm. No.",
        "Turkish Identification Number", "Romanian Tax Registration", "Stateless Person Passport",
        "Stateless Person ID Card", "Refugee ID Card", "Afghan Money Service Provider License Number", "MMSI",
        "Company Number", "Public Registration Number", "N.I.F.", "RTN", "Numero de Identidad", "Tarjeta de Identidad",
        "SRE Permit No.", "Tazkira National ID Card", "License", "Chinese Commercial Code", "I.F.E.",
        "Branch Unit Number", "Enterprise Number", "Organization Code", "Citizen's Card Number", "UAE Identification",
        "United Social Credit Code Certificate (USCCC)", "Chamber of Commerce Number", "Legal Entity Number",
        "Business Number", "Birth Certificate Number", "Business Registration Number", "Registration Number",
        "MSB Registration Number", "File Number", "C.U.I.", "Seafarer's Identification Document",
        "Unified Social Credit Code (USCC)", "Central Registration System Number", "Economic Register Number (CBLS)",
        "Trademark number", "Permit Number", "Military Registration Number",
        "Russian State Individual Business Registration Number Pattern (OGRNIP)",
        "Global Intermediary Identification Number",
    ].sorted { $0.count > $1.count }

    private static let contactLabels = ["Email Address", "Website", "Phone Number", "SWIFT/BIC"]

    /// Applies every item of a remarks text to the entity.
    static func apply(_ remarks: String, to entity: inout Entity) {
        var unparsed: [String] = []
        for rawItem in split(remarks) {
            var item = rawItem
            if item.hasPrefix("alt. ") { item = String(item.dropFirst(5)) }
            if !applyItem(item, to: &entity) { unparsed.append(rawItem) }
        }
        if !unparsed.isEmpty { entity.remarks.append(unparsed.joined(separator: "; ")) }
    }

    /// Splits on "; " outside single-quoted alias names, and drops the final period.
    static func split(_ remarks: String) -> [String] {
        var text = remarks.trimmed()
        if text.hasSuffix(".") { text.removeLast() }
        return text.components(separatedBy: "; ")
            .map { $0.trimmed() }
            .filter { !$0.isEmpty }
    }

    private static func applyItem(_ item: String, to entity: inout Entity) -> Bool {
        for (prefix, kind) in [("a.k.a. ", NameKind.aka), ("f.k.a. ", .fka), ("n.k.a. ", .nka)] where item.hasPrefix(prefix) {
            var name = String(item.dropFirst(prefix.count)).trimmed()
            let quoted = name.hasPrefix("'") && name.hasSuffix("'") && name.count >= 2
            if quoted { name = String(name.dropFirst().dropLast()) }
            entity.addName(Name(full: name, kind: kind, isWeak: quoted))
            return true
        }
        if let rest = item.dropPrefix("DOB ") {
            guard let date = OFACDateText.birthDate(rest) else { return false }
            if !entity.birthDates.contains(date) { entity.birthDates.append(date) }
            return true
        }
        if let rest = item.dropPrefix("POB ") {
            OFACLabels.apply(feature: "Place of Birth", value: rest, to: &entity)
            return true
        }
        if let rest = item.dropPrefix("nationality ") {
            let country = Country(name: rest)
            if !entity.nationalities.contains(country) { entity.nationalities.append(country) }
            return true
        }
        if let rest = item.dropPrefix("citizen ") {
            let country = Country(name: rest)
            if !entity.citizenships.contains(country) { entity.citizenships.append(country) }
            return true
        }
        if let rest = item.dropPrefix("Gender ") {
            entity.gender = rest
            return true
        }
        if item.hasPrefix(OFACLabels.walletPrefix) {
            let afterPrefix = item.dropFirst(OFACLabels.walletPrefix.count)
            guard let space = afterPrefix.firstIndex(of: " ") else { return false }
            let label = OFACLabels.walletPrefix + afterPrefix[..<space]
            OFACLabels.apply(feature: label, value: String(afterPrefix[space...]), to: &entity)
            return true
        }
        for label in contactLabels {
            if let rest = item.dropPrefix(label + " ") {
                OFACLabels.apply(feature: label, value: rest, to: &entity)
                return true
            }
        }
        for label in documentLabels {
            if let rest = item.dropPrefix(label + " ") {
                entity.addIdentifier(document(label: label, text: rest))
                return true
            }
        }
        return false
    }

    /// "109420132 (Korea, North) issued 16 Oct 2019 expires 16 Oct 2024".
    static func document(label: String, text: String) -> Identifier {
        var rest = text
        var issued: PartialDate?
        var expires: PartialDate?
        if let range = rest.range(of: " expires ") {
            expires = OFACDateText.date(String(rest[range.upperBound...]))
            rest = String(rest[..<range.lowerBound])
        }
        if let range = rest.range(of: " issued ") {
            issued = OFACDateText.date(String(rest[range.upperBound...]))
            rest = String(rest[..<range.lowerBound])
        }
        var country: Country?
        var note: String?
        if let open = rest.firstIndex(of: "("), let close = rest.lastIndex(of: ")"), open < close {
            let inner = String(rest[rest.index(after: open)..<close])
            if CountryCodes.code(for: inner) != nil { country = Country(name: inner) } else { note = inner }
            let tail = rest[rest.index(after: close)...].trimmed()
            if !tail.isEmpty { note = [note, tail].compactMap { $0 }.joined(separator: "; ") }
            rest = String(rest[..<open])
        }
        return Identifier(kind: OFACLabels.identifierKind(forDocument: label),
                          value: rest.trimmed(), label: label,
                          country: country, issued: issued, expires: expires, note: note)
    }
}

extension String {
    func dropPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)).trimmed() : nil
    }
}
