/// Fits `OFACParameters` to observed SLS scores and measures the fit on
/// observations it did not see.
///
/// The split is deterministic (alternate rows in file order), so the held-out
/// error printed in a report can be reproduced by anyone with the same file.
public enum OFACCalibration {
    public struct Result: Sendable {
        public var parameters: OFACParameters
        /// Mean absolute error in SLS points (0–100) on the training half.
        public var trainingError: Double
        /// Mean absolute error in SLS points on the held-out half.
        public var heldOutError: Double
        public var trainingCount: Int
        public var heldOutCount: Int
    }

    /// Even-numbered observations (0, 2, 4, …) train; odd-numbered are held out.
    public static func split(_ observations: [OFACObservation]) -> (training: [OFACObservation], heldOut: [OFACObservation]) {
        var training = [OFACObservation](), heldOut = [OFACObservation]()
        for (i, o) in observations.enumerated() {
            if i % 2 == 0 { training.append(o) } else { heldOut.append(o) }
        }
        return (training, heldOut)
    }

    /// Mean absolute error in SLS points.
    public static func meanAbsoluteError(_ parameters: OFACParameters, on observations: [OFACObservation]) -> Double {
        guard !observations.isEmpty else { return 0 }
        let scorer = OFACScorer(parameters: parameters)
        let total = observations.reduce(0.0) { sum, o in
            sum + abs(scorer.score(query: o.query, listed: o.listedName) * 100 - o.score)
        }
        return total / Double(observations.count)
    }

    /// Grid search over the parameters on the training half.
    public static func fit(_ observations: [OFACObservation]) -> Result {
        let (training, heldOut) = split(observations)
        var best = OFACParameters.fitted
        var bestError = Double.infinity
        for prefixScale in [0.08, 0.1, 0.12] {
            for ignored in 0...3 {
                for soundex in [0, 0.85, 0.9, 0.95] {
                    for step in 0...20 {
                        for leading in [0, 0.9, 0.95, 0.97, 1] {
                            let p = OFACParameters(prefixScale: prefixScale, ignoredTokenLength: ignored,
                                                   weakestWordWeight: Double(step) / 20, soundexScore: soundex,
                                                   leadingPartWeight: leading)
                            let e = meanAbsoluteError(p, on: training)
                            if e < bestError - 1e-9 { bestError = e; best = p }
                        }
                    }
                }
            }
        }
        return Result(parameters: best, trainingError: bestError, heldOutError: meanAbsoluteError(best, on: heldOut),
                      trainingCount: training.count, heldOutCount: heldOut.count)
    }
}
