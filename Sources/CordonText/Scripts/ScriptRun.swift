/// A stretch of text in one script, as produced by `ScriptDetector.runs(in:)`. `script` is nil
/// only for text with no letters at all (digits and punctuation).
public struct ScriptRun: Sendable, Hashable {
    public var script: Script?
    public var text: String

    public init(script: Script?, text: String) {
        self.script = script
        self.text = text
    }
}
