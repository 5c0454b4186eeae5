/// Korean romanization conventions found in sanctions data.
public enum KoreanRomanizationSystem: String, Sendable, Hashable, CaseIterable, Codable {
    /// McCune–Reischauer with breves and aspiration apostrophes: P'yŏngyang, Ch'oe.
    case mccuneReischauer
    /// McCune–Reischauer as typed in practice, breves and apostrophes dropped: Pyongyang, Choe.
    case mccuneReischauerASCII
    /// The DPRK's own practice seen on OFAC/UN lists: MR without breves, ㅈ always "j",
    /// aspirates as kh/th/ph (Thae, Phyo), no voicing across syllables written apart.
    case northKorean
    /// South Korea's Revised Romanization (2000): Pyeongyang, Gim, Jinyeong.
    case revised
}
