import CordonModel

/// What a format parser produces; the loader adds the content hash and file
/// names to make a `ListSnapshot`.
struct ParsedList {
    var source: ListSource
    var format: ListFormat
    var publishedOn: PartialDate?
    var entities: [Entity]
    var warnings: [ParseWarning]
}
