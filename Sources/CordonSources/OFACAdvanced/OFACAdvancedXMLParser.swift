import CordonModel
import Foundation

/// Reads OFAC's "advanced" XML (`sdn_advanced.xml`, `cons_advanced.xml`).
///
/// The file is relational: reference tables, then locations and identity
/// documents, then parties that refer to all of these by id, then the
/// relationships and sanctions entries (programs, listing dates) that refer
/// back to the parties. It is read in one streaming pass, keeping the tables
/// it needs and attaching the trailing sections to the parties at the end.
struct OFACAdvancedXMLParser {
    let file: String

    private var reference = OFACReferenceValues()
    private var locations: [Int: Address] = [:]
    private var locationCountries: [Int: Country] = [:]
    private var documentsByIdentity: [Int: [Identifier]] = [:]
    private var entities: [Entity] = []
    private var indexByProfile: [Int: Int] = [:]
    private var listNames: [String: Int] = [:]
    private var warnings: [ParseWarning] = []
    private var publishedOn: PartialDate?

    init(file: String) { self.file = file }

    static func parse(_ input: ListFile) throws(ListError) -> ParsedList {
        var parser = OFACAdvancedXMLParser(file: input.name)
        return try parser.run(XMLPullReader(bytes: input.bytes, file: input.name))
    }

    private mutating func run(_ reader: XMLPullReader) throws(ListError) -> ParsedList {
        guard case let .start(root, _, _)? = try reader.next(), root == "Sanctions" else {
            throw reader.malformed("expected the root element <Sanctions> of OFAC's advanced XML")
        }
        try reader.forEachChild { name, _ throws(ListError) in
            switch name {
            case "DateOfIssue": publishedOn = try OFACDatePeriod.readDate(reader)
            case "ReferenceValueSets": reference = try OFACReferenceValues.read(reader)
            case "Locations": try reader.forEachChild { _, attributes throws(ListError) in try readLocation(reader, attributes) }
            case "IDRegDocuments": try reader.forEachChild { _, attributes throws(ListError) in try readDocument(reader, attributes) }
            case "DistinctParties": try reader.forEachChild { _, attributes throws(ListError) in try readParty(reader, attributes) }
            case "ProfileRelationships": try reader.forEachChild { _, attributes throws(ListError) in try readRelationship(reader, attributes) }
            case "SanctionsEntries": try reader.forEachChild { _, attributes throws(ListError) in try readSanctionsEntry(reader, attributes) }
            default: try reader.skipElement()
            }
        }
        if let extra = try reader.next() {
            throw reader.malformed("content after the end of <Sanctions>: \(extra)")
        }
        let source = listSource()
        if source != .ofacSDN {
            for index in entities.indices {
                entities[index].id = EntityID(source: source.id, local: entities[index].id.local)
                for r in entities[index].relations.indices {
                    entities[index].relations[r].target = EntityID(source: source.id, local: entities[index].relations[r].target.local)
                }
            }
        }
        return ParsedList(source: source, format: .ofacAdvancedXML, publishedOn: publishedOn,
                          entities: entities, warnings: warnings)
    }

    /// SDN and consolidated files share the format; the sanctions entries'
    /// list ids tell them apart.
    private func listSource() -> ListSource {
        let sdn = listNames["SDN List", default: 0]
        let other = listNames.values.reduce(0, +) - sdn
        return other > sdn ? .ofacConsolidated : .ofacSDN
    }

    private mutating func warn(_ reader: XMLPullReader, _ message: String) {
        warnings.append(ParseWarning(file: file, location: reader.location, message: message))
    }

    // MARK: Locations and documents

    private mutating func readLocation(_ reader: XMLPullReader, _ attributes: XMLAttributes) throws(ListError) {
        guard let id = attributes.int("ID") else { return try reader.skipElement() }
        var address = Address()
        var country: Country?
        try reader.forEachChild { name, child throws(ListError) in
            switch name {
            case "LocationCountry":
                country = countryValue(reader, child.int("CountryID"))
                try reader.skipElement()
            case "LocationPart":
                let kind = reference.text("LocPartType", child.int("LocPartTypeID"))
                var value: String?
                try reader.forEachChild { _, _ throws(ListError) in
                    try reader.forEachChild { part, _ throws(ListError) in
                        if part == "Value" { value = try reader.readLeafText() } else { try reader.skipElement() }
                    }
                }
                guard let value else { return }
                switch kind {
                case "ADDRESS1", "ADDRESS2", "ADDRESS3": address.street = [address.street, value].compactMap { $0 }.joined(separator: ", ")
                case "CITY": address.city = value
                case "STATE/PROVINCE": address.region = value
                case "POSTAL CODE": address.postalCode = value
                case "REGION": address.region = [address.region, value].compactMap { $0 }.joined(separator: ", ")
                default: address.text = [address.text, value].compactMap { $0 }.joined(separator: ", ")
                }
            default:
                try reader.skipElement()
            }
        }
        address.country = country
        locations[id] = address
        if let country { locationCountries[id] = country }
    }

    private mutating func countryValue(_ reader: XMLPullReader, _ id: Int?) -> Country? {
        guard let id else { return nil }
        guard let value = reference.value("Country", id) else {
            warn(reader, "unknown CountryID \(id); the country is left out")
            return nil
        }
        return Country(name: value.text, code: value.attributes["ISO2"])
    }

    private mutating func readDocument(_ reader: XMLPullReader, _ attributes: XMLAttributes) throws(ListError) {
        guard let identity = attributes.int("IdentityID") else { return try reader.skipElement() }
        let typeID = attributes.int("IDRegDocTypeID")
        guard let label = reference.text("IDRegDocType", typeID) else {
            warn(reader, "unknown IDRegDocTypeID \(typeID.map(String.init) ?? "(none)") in <IDRegDocument ID=\"\(attributes["ID"] ?? "?")\">; the document is kept as 'other'")
            return try appendDocument(reader, identity, label: "Unknown document", attributes)
        }
        try appendDocument(reader, identity, label: label, attributes)
    }

    private mutating func appendDocument(_ reader: XMLPullReader, _ identity: Int, label: String,
                                         _ attributes: XMLAttributes) throws(ListError) {
        var identifier = Identifier(kind: OFACLabels.identifierKind(forDocument: label), value: "", label: label)
        identifier.country = countryValue(reader, attributes.int("IssuedBy-CountryID"))
        if attributes.int("ValidityID").flatMap({ reference.text("Validity", $0) }) == "Fraudulent" {
            identifier.note = "fraudulent"
        }
        try reader.forEachChild { name, child throws(ListError) in
            switch name {
            case "IDRegistrationNo": identifier.value = try reader.readLeafText()
            case "IssuingAuthority":
                let authority = try reader.readLeafText()
                if !authority.isEmpty { identifier.note = [identifier.note, "issued by " + authority].compactMap { $0 }.joined(separator: "; ") }
            case "Comment":
                let comment = try reader.readLeafText()
                if !comment.isEmpty { identifier.note = [identifier.note, comment].compactMap { $0 }.joined(separator: "; ") }
            case "DocumentDate":
                let kind = reference.text("IDRegDocDateType", child.int("IDRegDocDateTypeID"))
                var date: PartialDate?
                try reader.forEachChild { _, _ throws(ListError) in date = try OFACDatePeriod.read(reader).startFrom }
                if kind == "Issue Date" { identifier.issued = date } else if kind == "Expiration Date" { identifier.expires = date }
            default:
                try reader.skipElement()
            }
        }
        guard !identifier.value.isEmpty else { return }
        documentsByIdentity[identity, default: []].append(identifier)
    }

    // MARK: Parties

    private mutating func readParty(_ reader: XMLPullReader, _ attributes: XMLAttributes) throws(ListError) {
        guard let fixedRef = attributes["FixedRef"] else {
            throw reader.malformed("<DistinctParty> without a FixedRef attribute")
        }
        var entity = Entity(id: EntityID(source: ListSource.ofacSDN.id, local: fixedRef), schema: .other)
        var profileID: Int?
        try reader.forEachChild { name, child throws(ListError) in
            switch name {
            case "Comment":
                let comment = try reader.readLeafText()
                if !comment.isEmpty { entity.remarks.append(comment) }
            case "Profile":
                profileID = child.int("ID")
                entity.schema = schema(reader, subType: child.int("PartySubTypeID"))
                try reader.forEachChild { part, partAttributes throws(ListError) in
                    switch part {
                    case "Identity": try readIdentity(reader, partAttributes, into: &entity)
                    case "Feature": try readFeature(reader, partAttributes, into: &entity)
                    default: try reader.skipElement()
                    }
                }
            default:
                try reader.skipElement()
            }
        }
        if let profileID { indexByProfile[profileID] = entities.count }
        entities.append(entity)
    }

    private mutating func schema(_ reader: XMLPullReader, subType: Int?) -> Schema {
        guard let sub = reference.value("PartySubType", subType) else {
            warn(reader, "unknown PartySubTypeID \(subType.map(String.init) ?? "(none)"); the party's schema is left as Thing")
            return .other
        }
        switch sub.text {
        case "Vessel": return .vessel
        case "Aircraft": return .aircraft
        default: break
        }
        switch reference.text("PartyType", sub.attributes.int("PartyTypeID")) {
        case "Individual": return .person
        case "Entity": return .organization
        default: return .other
        }
    }

    private mutating func readIdentity(_ reader: XMLPullReader, _ attributes: XMLAttributes,
                                       into entity: inout Entity) throws(ListError) {
        struct RawName { var kind: NameKind; var weak: Bool; var script: String?; var parts: [(group: Int?, value: String)] }
        var rawNames: [RawName] = []
        var groupKinds: [Int: NamePartKind] = [:]
        try reader.forEachChild { name, child throws(ListError) in
            switch name {
            case "Alias":
                let typeText = reference.text("AliasType", child.int("AliasTypeID"))
                if typeText == nil { warn(reader, "unknown AliasTypeID \(child["AliasTypeID"] ?? "(none)"); the alias is kept as a.k.a.") }
                let kind = typeText.flatMap(NameKind.init(sourceLabel:)) ?? .aka
                let weak = child.bool("LowQuality")
                try reader.forEachChild { _, _ throws(ListError) in
                    var raw = RawName(kind: kind, weak: weak, script: nil, parts: [])
                    try reader.forEachChild { _, _ throws(ListError) in
                        try reader.forEachChild { _, valueAttributes throws(ListError) in
                            let text = try reader.readLeafText()
                            if raw.script == nil, let scriptID = valueAttributes.int("ScriptID") {
                                raw.script = scriptCode(reader, scriptID)
                            }
                            raw.parts.append((valueAttributes.int("NamePartGroupID"), text))
                        }
                    }
                    rawNames.append(raw)
                }
            case "NamePartGroups":
                try reader.forEachChild { _, _ throws(ListError) in
                    try reader.forEachChild { _, group throws(ListError) in
                        if let id = group.int("ID") {
                            groupKinds[id] = OFACLabels.namePartKind(reference.text("NamePartType", group.int("NamePartTypeID")))
                        }
                        try reader.skipElement()
                    }
                }
            default:
                try reader.skipElement()
            }
        }
        for raw in rawNames {
            let parts = raw.parts.map { NamePart(kind: $0.group.flatMap { groupKinds[$0] } ?? .other, value: $0.value) }
            let full = OFACLabels.displayName(parts, isPerson: entity.schema == .person, script: raw.script)
            entity.addName(Name(full: full, kind: raw.kind, isWeak: raw.weak, script: raw.script,
                                parts: parts.count > 1 ? parts : []))
        }
        if let identity = attributes.int("ID"), let documents = documentsByIdentity.removeValue(forKey: identity) {
            for document in documents { entity.addIdentifier(document) }
        }
    }

    private mutating func scriptCode(_ reader: XMLPullReader, _ id: Int) -> String? {
        guard let value = reference.value("Script", id) else {
            warn(reader, "unknown ScriptID \(id)")
            return nil
        }
        return OFACLabels.iso15924(value.attributes["ScriptCode"] ?? value.text)
    }

    private mutating func readFeature(_ reader: XMLPullReader, _ attributes: XMLAttributes,
                                      into entity: inout Entity) throws(ListError) {
        let typeID = attributes.int("FeatureTypeID")
        guard let label = reference.text("FeatureType", typeID) else {
            warn(reader, "unknown FeatureTypeID \(typeID.map(String.init) ?? "(none)") in <Feature ID=\"\(attributes["ID"] ?? "?")\">; the feature is skipped")
            return try reader.skipElement()
        }
        var text: String?
        var period: OFACDatePeriod?
        var locationIDs: [Int] = []
        var detailReference: String?
        try reader.forEachChild { name, _ throws(ListError) in
            guard name == "FeatureVersion" else { return try reader.skipElement() }
            try reader.forEachChild { part, partAttributes throws(ListError) in
                switch part {
                case "VersionDetail":
                    if let id = partAttributes.int("DetailReferenceID") { detailReference = reference.text("DetailReference", id) }
                    let value = try reader.readLeafText()
                    if !value.isEmpty { text = value }
                case "DatePeriod": period = try OFACDatePeriod.read(reader)
                case "VersionLocation":
                    if let id = partAttributes.int("LocationID") { locationIDs.append(id) }
                    try reader.skipElement()
                default: try reader.skipElement()
                }
            }
        }
        let value = text ?? detailReference
        OFACLabels.apply(feature: label, value: value, period: period,
                         locations: locationIDs.compactMap { locations[$0] }, to: &entity)
    }

    // MARK: Trailing sections

    private mutating func readRelationship(_ reader: XMLPullReader, _ attributes: XMLAttributes) throws(ListError) {
        try reader.skipElement()
        guard let from = attributes.int("From-ProfileID"), let to = attributes["To-ProfileID"],
              let index = indexByProfile[from] else {
            warn(reader, "relationship \(attributes["ID"] ?? "?") refers to an unknown profile; skipped")
            return
        }
        let kind = reference.text("RelationType", attributes.int("RelationTypeID")) ?? "related to"
        entities[index].relations.append(Relation(kind: kind, target: EntityID(source: ListSource.ofacSDN.id, local: to),
                                                  isFormer: attributes.bool("Former")))
    }

    private mutating func readSanctionsEntry(_ reader: XMLPullReader, _ attributes: XMLAttributes) throws(ListError) {
        let index = attributes.int("ProfileID").flatMap { indexByProfile[$0] }
        if index == nil { warn(reader, "sanctions entry \(attributes["ID"] ?? "?") refers to an unknown profile") }
        if let list = reference.text("List", attributes.int("ListID")) { listNames[list, default: 0] += 1 }
        var programs: [String] = []
        var listed: PartialDate?
        try reader.forEachChild { name, child throws(ListError) in
            switch name {
            case "EntryEvent":
                try reader.forEachChild { part, _ throws(ListError) in
                    if part == "Date", let date = try OFACDatePeriod.readDate(reader) {
                        listed = min(listed ?? date, date)
                    } else if part != "Date" {
                        try reader.skipElement()
                    }
                }
            case "SanctionsMeasure":
                let isProgram = reference.text("SanctionsType", child.int("SanctionsTypeID")) == "Program"
                try reader.forEachChild { part, _ throws(ListError) in
                    if part == "Comment" {
                        let comment = try reader.readLeafText()
                        if isProgram, !comment.isEmpty { programs.append(comment) }
                    } else {
                        try reader.skipElement()
                    }
                }
            default:
                try reader.skipElement()
            }
        }
        guard let index else { return }
        for program in programs { entities[index].addProgram(program) }
        if let listed { entities[index].listedOn = min(entities[index].listedOn ?? listed, listed) }
    }
}
