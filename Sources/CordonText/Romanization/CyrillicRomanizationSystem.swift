/// Cyrillic transliteration conventions that produce the spellings seen on lists and in passports.
public enum CyrillicRomanizationSystem: String, Sendable, Hashable, CaseIterable, Codable {
    /// ISO 9:1995, one Latin letter per Cyrillic letter with diacritics: Ûrij, Vitalij, Andreev.
    case iso9
    /// Scholarly / ISO R9 style in ASCII (j for й, ju/ja): Jurij, Vitalij.
    case scholarly
    /// BGN/PCGN 1947 as used by US and UK governments (so OFAC/HMT): Yuriy, Vitaliy, Andreyev.
    case bgnPcgn
    /// ICAO Doc 9303 (2013), Russian passports since 2013: Iurii, Vitalii, Andreev.
    case icao
    /// Popular English spelling: Yuri, Vitaly, Andreev.
    case popular
}
