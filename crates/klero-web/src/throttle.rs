//! Guessing limits for codes typed by people without an account (summit voting codes,
//! registration codes): wrong attempts are counted per key (a client address, a code's first
//! group) in a fixed window; past the limit, that key is refused until the window ends.
//! Counted in this process: behind several processes each keeps its own count, which only
//! multiplies the limit by the number of processes.

use std::collections::HashMap;
use std::sync::Mutex;

/// The most keys remembered; past it, the windows that have ended are forgotten.
const REMEMBERED: usize = 10_000;

/// Wrong attempts per key.
#[derive(Debug)]
pub struct Throttle {
    /// Wrong attempts allowed per key within `window`.
    max_failures: u32,
    /// The window, in seconds.
    window: i64,
    failures: Mutex<HashMap<String, (i64, u32)>>,
}

impl Throttle {
    /// A throttle allowing `max_failures` wrong attempts per key in `window` seconds.
    pub fn new(max_failures: u32, window: i64) -> Self {
        Throttle {
            max_failures,
            window,
            failures: Mutex::default(),
        }
    }

    /// Whether `key` may try a code at `now`.
    pub fn allowed(&self, key: &str, now: i64) -> bool {
        let failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        match failures.get(key) {
            Some(&(since, count)) => now - since >= self.window || count < self.max_failures,
            None => true,
        }
    }

    /// Counts a wrong attempt by `key` at `now`.
    pub fn failed(&self, key: &str, now: i64) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        if failures.len() >= REMEMBERED {
            let window = self.window;
            failures.retain(|_, (since, _)| now - *since < window);
        }
        let entry = failures.entry(key.to_owned()).or_insert((now, 0));
        if now - entry.0 >= self.window {
            *entry = (now, 0);
        }
        entry.1 += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::Throttle;

    #[test]
    fn a_key_is_refused_past_its_limit_until_the_window_ends() {
        let throttle = Throttle::new(3, 60);
        for _ in 0..3 {
            assert!(throttle.allowed("a", 100));
            throttle.failed("a", 100);
        }
        assert!(!throttle.allowed("a", 159));
        assert!(throttle.allowed("b", 159));
        assert!(throttle.allowed("a", 160));
    }
}
