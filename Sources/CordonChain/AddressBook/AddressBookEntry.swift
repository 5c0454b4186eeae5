import CordonModel

/// One listing of one address: who is behind it and where the list says so.
/// Kept per listing rather than per address because the same address is filed
/// under several assets and by several parties, and an analyst clearing an
/// alert has to see each of those listings as the list printed it.
public struct AddressBookEntry: Sendable, Hashable, Codable {
    /// The listed party (`ofac-sdn:27307`), the key to its full record.
    public let entityID: EntityID
    /// The party's display name, so a hit reads without a second lookup.
    public let caption: String
    /// Sanctions programs of the party (DPRK3, CYBER2 …), which decide how a hit is handled.
    public let programs: [String]
    /// The asset code exactly as the list gave it (OFAC's `XBT`, FollowTheMoney's
    /// currency, a custom list's code); nil when the list named none. Kept as text
    /// because a list may use a code this library does not know.
    public let asset: String?
    /// The address as the list printed it, before normalization, so a report can
    /// quote the list verbatim.
    public let listedAs: String
    /// ``ListSnapshot/versionLabel`` of the list version that holds this listing.
    public let list: String

    public init(entityID: EntityID, caption: String, programs: [String], asset: String?, listedAs: String, list: String) {
        self.entityID = entityID
        self.caption = caption
        self.programs = programs
        self.asset = asset
        self.listedAs = listedAs
        self.list = list
    }

    /// The list's asset code as an ``AssetCode``, when it is one this library knows.
    public var assetCode: AssetCode? { asset.flatMap(AssetCode.init(code:)) }

    enum CodingKeys: String, CodingKey {
        case entityID = "entityId", caption, programs, asset, listedAs, list
    }
}
