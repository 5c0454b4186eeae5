/// RFC 4180 fields of one CSV line: quoted fields may hold commas and doubled quotes.
public enum CSVLine {
    public static func fields(_ line: String) -> [String] {
        var fields = [String]()
        var current = ""
        var quoted = false
        var iterator = line.makeIterator()
        var pending: Character? = nil
        while let ch = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if ch == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { current.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    current.append(ch)
                }
            } else if ch == "\"" && current.isEmpty {
                quoted = true
            } else if ch == "," {
                fields.append(current)
                current = ""
            } else if ch != "\r" {
                current.append(ch)
            }
        }
        fields.append(current)
        return fields
    }
}
