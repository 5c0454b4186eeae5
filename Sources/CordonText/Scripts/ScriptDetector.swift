/// Identifies writing systems so that each run of a name can be routed to the right romanizer,
/// and so the matcher can tell a Hangul or Cyrillic record from a Latin one before comparing.
public enum ScriptDetector {
    /// The script of a single scalar, or nil for script-neutral scalars (digits, punctuation,
    /// spaces, combining marks) that should inherit the script of their neighbours.
    public static func script(of scalar: Unicode.Scalar) -> Script? {
        let v = scalar.value
        switch v {
        case 0x41...0x5A, 0x61...0x7A: return .latin
        case 0..<0x80: return nil
        case 0xAA, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x250...0x2AF, 0x1D00...0x1DBF,
             0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xAB30...0xAB6F, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: return .cyrillic
        case 0x530...0x58F, 0xFB13...0xFB17: return .armenian
        case 0x591...0x5FF, 0xFB1D...0xFB4F: return .hebrew
        case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
            if (0x64B...0x65F).contains(v) || v == 0x670 || (0x660...0x669).contains(v) || (0x6F0...0x6F9).contains(v)
                || v == 0x60C || v == 0x61B || v == 0x61F || v == 0x640 {
                return nil
            }
            return .arabic
        case 0xE00...0xE7F: return .thai
        case 0x10A0...0x10FF, 0x1C90...0x1CBF, 0x2D00...0x2D2F: return .georgian
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7AF, 0xD7B0...0xD7FF, 0xFFA0...0xFFDC:
            return .hangul
        case 0x3040...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F:
            return (v == 0x3099 || v == 0x309A || v == 0x30FB) ? nil : .kana
        case 0x2E80...0x2FDF, 0x3005, 0x3007, 0x3021...0x3029, 0x3038...0x303B, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F:
            return .han
        default:
            if scalar.properties.isAlphabetic { return .other }
            return nil
        }
    }

    /// All scripts present, so the matcher can spot mixed-script names (a common obfuscation
    /// and a common data-entry accident).
    public static func scripts(in string: String) -> Set<Script> {
        var result = Set<Script>()
        for scalar in string.unicodeScalars {
            if let s = script(of: scalar) { result.insert(s) }
        }
        return result
    }

    /// The script with the most letters; ties go to the script seen first. Nil when the string
    /// has no letters at all.
    public static func dominantScript(of string: String) -> Script? {
        var counts = [Script: Int]()
        var order = [Script]()
        for scalar in string.unicodeScalars {
            guard let s = script(of: scalar) else { continue }
            if counts[s] == nil { order.append(s) }
            counts[s, default: 0] += 1
        }
        var best: Script?
        var bestCount = 0
        for s in order where counts[s]! > bestCount {
            best = s
            bestCount = counts[s]!
        }
        return best
    }

    /// True when every letter is Latin; the cheap check that lets the matcher skip transliteration.
    public static func isLatin(_ string: String) -> Bool {
        for scalar in string.unicodeScalars {
            if let s = script(of: scalar), s != .latin { return false }
        }
        return true
    }

    /// Splits a string into maximal runs of one script. Script-neutral scalars (spaces,
    /// digits, punctuation, marks) join the run they sit in, so "Ким Чен Ын" stays one run.
    public static func runs(in string: String) -> [ScriptRun] {
        var runs = [ScriptRun]()
        var current = String.UnicodeScalarView()
        var currentScript: Script?
        for scalar in string.unicodeScalars {
            let s = script(of: scalar)
            if let s, let c = currentScript, s != c {
                runs.append(ScriptRun(script: c, text: String(current)))
                current = String.UnicodeScalarView()
                currentScript = s
            } else if let s, currentScript == nil {
                currentScript = s
            }
            current.append(scalar)
        }
        if !current.isEmpty {
            runs.append(ScriptRun(script: currentScript, text: String(current)))
        }
        return runs
    }
}
