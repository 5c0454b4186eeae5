/// Which list a snapshot is a version of. The id is the prefix of every
/// entity id from that list (`ofac-sdn`, `un`), so it is part of the id contract.
public struct ListSource: Codable, Sendable, Hashable, CustomStringConvertible {
    public var id: String
    public var title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }

    public var description: String { id }

    public static let ofacSDN = ListSource(id: "ofac-sdn", title: "OFAC Specially Designated Nationals (SDN) List")
    public static let ofacConsolidated = ListSource(id: "ofac-cons", title: "OFAC Consolidated (non-SDN) List")
    public static let un = ListSource(id: "un", title: "UN Security Council Consolidated List")
    public static let followTheMoney = ListSource(id: "ftm", title: "FollowTheMoney entities (OpenSanctions format)")
    public static let custom = ListSource(id: "custom", title: "Custom list")
}
