/// What `cordon lists update` did for one list.
public struct UpdateOutcome: Sendable, Codable {
    public enum Status: String, Sendable, Codable { case updated, unchanged, failed }

    public var source: String
    public var status: Status
    public var url: String
    /// The version in use before the update, if one was installed or bundled.
    public var previousVersion: String?
    /// The version in use now.
    public var currentVersion: String?
    public var added: Int?
    public var removed: Int?
    public var changed: Int?
    public var message: String

    public init(source: String, status: Status, url: String, previousVersion: String? = nil, currentVersion: String? = nil,
                added: Int? = nil, removed: Int? = nil, changed: Int? = nil, message: String) {
        self.source = source
        self.status = status
        self.url = url
        self.previousVersion = previousVersion
        self.currentVersion = currentVersion
        self.added = added
        self.removed = removed
        self.changed = changed
        self.message = message
    }
}
