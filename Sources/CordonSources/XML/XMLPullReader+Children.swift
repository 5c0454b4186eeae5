extension XMLPullReader {
    /// Calls `body` for each child element of the element just started. The
    /// body must consume the child whole (read its text, walk its children,
    /// or skip it); text between children is ignored.
    func forEachChild(_ body: (String, XMLAttributes) throws(ListError) -> Void) throws(ListError) {
        while let token = try next() {
            switch token {
            case let .start(name, attributes, _): try body(name, attributes)
            case .end: return
            case .text: continue
            }
        }
        throw ListError.truncated(file: file, location: location, openElement: path.last ?? "document")
    }
}
