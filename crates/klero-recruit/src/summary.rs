//! What a draw did, per stratum and in total: the figures organisers publish.

/// One stratum of a draw.
#[derive(Clone, Debug, PartialEq)]
pub struct StratumSummary {
    /// The stratum's value, as first written in the register.
    pub name: String,
    /// People in the register with this value.
    pub population: u64,
    /// Of whom excluded (`--exclude`).
    pub excluded: u64,
    /// The over-sampling factor (1 unless given).
    pub factor: f64,
    /// Invitations allocated.
    pub allocation: u32,
    /// Invitations drawn: the allocation, or every household if there are fewer.
    pub invitations: u32,
}

impl StratumSummary {
    /// People who may be invited: the population less the excluded.
    pub fn eligible(&self) -> u64 {
        self.population.saturating_sub(self.excluded)
    }

    /// Invitations allocated but not drawn, for want of households.
    pub fn shortfall(&self) -> u32 {
        self.allocation.saturating_sub(self.invitations)
    }

    /// Invitations as a percentage of the population.
    pub fn share(&self) -> f64 {
        percent(u64::from(self.invitations), self.population)
    }
}

/// A draw's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// The invitations asked for.
    pub count: u32,
    /// The strata, in the order of their normalised values.
    pub strata: Vec<StratumSummary>,
    /// Ids of the exclusion list that are not in the register.
    pub exclusions_not_found: u64,
}

impl Summary {
    /// People in the register.
    pub fn population(&self) -> u64 {
        self.strata.iter().map(|s| s.population).sum()
    }

    /// People excluded.
    pub fn excluded(&self) -> u64 {
        self.strata.iter().map(|s| s.excluded).sum()
    }

    /// People who may be invited.
    pub fn eligible(&self) -> u64 {
        self.strata.iter().map(StratumSummary::eligible).sum()
    }

    /// Invitations drawn.
    pub fn invitations(&self) -> u64 {
        self.strata.iter().map(|s| u64::from(s.invitations)).sum()
    }

    /// Invitations allocated but not drawn, for want of households.
    pub fn shortfall(&self) -> u64 {
        self.strata.iter().map(|s| u64::from(s.shortfall())).sum()
    }

    /// Invitations as a percentage of the population.
    pub fn share(&self) -> f64 {
        percent(self.invitations(), self.population())
    }

    /// Whether some stratum has a factor other than 1.
    pub fn oversampled(&self) -> bool {
        self.strata.iter().any(|s| s.factor != 1.0)
    }
}

fn percent(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}
