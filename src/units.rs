//! Numbers for people: byte sizes (`64.0 KiB`), counts with thousands
//! separators (`99,512`) and short durations (`0.61 ms`). Every report and
//! message formats through here, so they all read alike.

use std::time::Duration;

/// `512 B`, `64.0 KiB`, `3.0 MiB`, `1.2 GiB`.
pub fn bytes(n: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut value = n as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

/// `99,512`.
pub fn count(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `0.61 ms`, `3.2 ms`, `148 ms`, `2.35 s`: two significant digits or so.
pub fn duration(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms < 1.0 {
        format!("{ms:.2} ms")
    } else if ms < 10.0 {
        format!("{ms:.1} ms")
    } else if ms < 1000.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{:.2} s", ms / 1000.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(bytes(512), "512 B");
        assert_eq!(bytes(64 * 1024), "64.0 KiB");
        assert_eq!(bytes(3 * 1024 * 1024), "3.0 MiB");
        assert_eq!(bytes(3 * 1024 * 1024 - 100 * 1024), "2.9 MiB");
    }

    #[test]
    fn counts() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(1000), "1,000");
        assert_eq!(count(99_512), "99,512");
        assert_eq!(count(1_234_567), "1,234,567");
    }

    #[test]
    fn durations() {
        assert_eq!(duration(Duration::from_micros(610)), "0.61 ms");
        assert_eq!(duration(Duration::from_micros(3200)), "3.2 ms");
        assert_eq!(duration(Duration::from_millis(148)), "148 ms");
        assert_eq!(duration(Duration::from_millis(2350)), "2.35 s");
    }
}
