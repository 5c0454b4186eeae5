extension StringProtocol {
    /// The text without leading and trailing white space and line breaks.
    ///
    /// Parsers call this hundreds of thousands of times per list; Foundation's
    /// `trimmingCharacters(in:)` bridges through NSString on Linux and cost a
    /// tenth of the OFAC XML parse. Returns the string itself when there is
    /// nothing to trim.
    public func trimmed() -> String {
        let string = String(self)
        let scalars = string.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !first.properties.isWhitespace, !last.properties.isWhitespace { return string }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}
