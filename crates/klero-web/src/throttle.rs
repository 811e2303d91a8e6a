//! Guessing limits for codes typed by people without an account (summit voting codes,
//! registration codes): which keys an attempt counts against, and how many attempts each
//! allows. The counting itself is the store's ([`klero_store::Store::count_attempts`]): in the
//! database, before the code is looked up, so the limits hold for concurrent requests and
//! across every process sharing the database. A right code takes its attempts back, so in
//! effect only wrong codes count. The README's "Guessing limits" states the policy.

use klero_store::Limit;

/// Wrong voting codes per client address per panel. Sized for a room: a summit's 1,000
/// phones may all reach the server through the venue's one address, and a few hundred typos
/// must not lock the room out.
pub(crate) const VOTE_PER_CLIENT: Limit = Limit {
    max: 300,
    window: 600,
};
/// Wrong voting codes per panel and code prefix (the first two characters: 900 prefixes),
/// whatever the address: bounds what guessers spread over many addresses can try.
pub(crate) const VOTE_PER_PREFIX: Limit = Limit {
    max: 20,
    window: 600,
};
/// Wrong registration codes per client address.
pub(crate) const REGISTER_PER_CLIENT: Limit = Limit {
    max: 10,
    window: 900,
};
/// Wrong registration codes per code prefix (the first group of four), whatever the address.
pub(crate) const REGISTER_PER_PREFIX: Limit = Limit {
    max: 5,
    window: 900,
};

/// The first `n` characters of a typed code, as a code is read: no spaces or dashes, capitals.
fn prefix(typed: &str, n: usize) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .take(n)
        .collect::<String>()
        .to_uppercase()
}

/// The keys an attempt at a voting code of panel `panel_id` counts against.
pub(crate) fn vote_keys(panel_id: &str, client: &str, typed: &str) -> [(String, Limit); 2] {
    [
        (format!("vote-client:{panel_id}:{client}"), VOTE_PER_CLIENT),
        (
            format!("vote-prefix:{panel_id}:{}", prefix(typed, 2)),
            VOTE_PER_PREFIX,
        ),
    ]
}

/// The keys an attempt at a registration code counts against.
pub(crate) fn register_keys(client: &str, typed: &str) -> [(String, Limit); 2] {
    [
        (format!("register-client:{client}"), REGISTER_PER_CLIENT),
        (
            format!("register-prefix:{}", prefix(typed, 4)),
            REGISTER_PER_PREFIX,
        ),
    ]
}

/// The keys as [`klero_store::Store::count_attempts`] takes them.
pub(crate) fn borrowed(keys: &[(String, Limit)]) -> Vec<(&str, Limit)> {
    keys.iter().map(|(k, l)| (k.as_str(), *l)).collect()
}

#[cfg(test)]
mod tests {
    use super::{register_keys, vote_keys};

    #[test]
    fn a_code_counts_against_its_address_and_its_prefix_however_it_is_typed() {
        let [(client, _), (prefix, _)] = vote_keys("p1", "203.0.113.9", " ab-cde fghjk");
        assert_eq!(client, "vote-client:p1:203.0.113.9");
        assert_eq!(prefix, "vote-prefix:p1:AB");
        let [_, (prefix, _)] = register_keys("203.0.113.9", "abcd-efgh-jkmn");
        assert_eq!(prefix, "register-prefix:ABCD");
    }
}
