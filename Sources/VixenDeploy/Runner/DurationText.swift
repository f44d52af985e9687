import Foundation

/// Writes durations the way people read them in a log: `45 s`, `12 min`, `2 h`, `3 d`.
///
/// The unit is the largest that keeps the number readable: seconds under a minute, minutes under
/// an hour, hours under two days, then days. Each rounds down, so `oldest 23 h of 24 h` never
/// claims a threshold is reached before it is. The units read the same in English and Spanish.
public enum DurationText {
    public static func text(_ seconds: TimeInterval) -> String {
        let whole = Int(max(seconds, 0))
        if whole < 60 {
            return "\(whole) s"
        }
        if whole < 3600 {
            return "\(whole / 60) min"
        }
        if whole < 2 * 86400 {
            return "\(whole / 3600) h"
        }
        return "\(whole / 86400) d"
    }
}
