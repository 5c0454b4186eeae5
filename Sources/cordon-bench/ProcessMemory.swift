import Foundation

/// Resident memory of this process, for the memory figures the targets name.
enum ProcessMemory {
    /// Peak resident set size so far, in MB (getrusage reports KB on Linux).
    static var peakMB: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// Current resident set size, in MB, from /proc/self/statm.
    static var currentMB: Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}
