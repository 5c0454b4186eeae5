/// Which scorer ranks candidates.
///
/// `.cordon` is the engine's own name model (token alignment, romanization
/// keys, rarity, evidence). `.ofac` reproduces the scores of OFAC's Sanctions
/// List Search so an analyst can reconcile Cordon's output with what OFAC's
/// own tool shows for the same name.
public enum ScreeningAlgorithm: String, Codable, Sendable, CaseIterable {
    case cordon
    case ofac
}
