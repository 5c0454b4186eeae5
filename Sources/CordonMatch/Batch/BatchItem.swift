/// One line of a batch: a query to screen, or the error that line produced.
/// Errors keep their place so the output stays in input order, line for line.
public struct BatchItem: Sendable {
    public var id: String
    public var line: Int
    public var query: Result<ScreeningQuery, BatchInputError>

    public init(id: String, line: Int, query: Result<ScreeningQuery, BatchInputError>) {
        self.id = id
        self.line = line
        self.query = query
    }
}
