/// One step of a streaming XML read.
enum XMLToken {
    case start(name: String, attributes: XMLAttributes, selfClosing: Bool)
    case end(name: String)
    case text(String)
}
