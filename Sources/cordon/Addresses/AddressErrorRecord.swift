/// Stands in the batch output for an input line that could not be read as a
/// query, so the output keeps one record per input line and the run goes on.
struct AddressErrorRecord: Encodable {
    var line: Int
    var id: String?
    var error: String
}
