//! The histogram of selection probabilities, as geometry for an inline SVG chart and as a table
//! (its text alternative).

use super::percent;

/// Width and height of the SVG's view box.
const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 260.0;
/// The plot area inside the view box.
const LEFT: f64 = 56.0;
const RIGHT: f64 = 624.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 216.0;
/// At most this many bars.
const MAX_BINS: f64 = 20.0;

/// One bar of the histogram.
pub(super) struct Bar {
    pub x: String,
    pub y: String,
    pub width: String,
    pub height: String,
    /// The bin in words: range and count.
    pub label: String,
}

/// A tick on an axis.
pub(super) struct Tick {
    pub x: String,
    pub y: String,
    pub label: String,
}

/// One bin, for the table.
pub(super) struct Bin {
    pub from: String,
    pub to: String,
    pub count: usize,
}

/// The chart.
pub(super) struct Chart {
    pub view_box: String,
    pub bars: Vec<Bar>,
    pub x_ticks: Vec<Tick>,
    pub y_ticks: Vec<Tick>,
    pub axis_x: String,
    pub axis_y: String,
    pub left: String,
    pub right: String,
    pub bottom: String,
    pub top: String,
    pub bins: Vec<Bin>,
    pub description: String,
}

fn num(v: f64) -> String {
    format!("{v:.1}")
}

/// The smallest "round" bin width (1, 2, 2.5 or 5 times a power of ten) giving at most 20 bins.
fn bin_width(max: f64) -> f64 {
    if max <= 0.0 || !max.is_finite() {
        return 0.05;
    }
    let target = max / MAX_BINS;
    let scale = 10f64.powf(target.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * scale)
        .find(|&w| w >= target * (1.0 - 1e-9))
        .unwrap_or(10.0 * scale)
}

impl Chart {
    pub(super) fn new(probabilities: &[f64]) -> Self {
        let max = probabilities.iter().copied().fold(0.0, f64::max);
        let width = bin_width(max);
        let bins = ((max / width - 1e-9).ceil().max(1.0) as usize).min(MAX_BINS as usize + 1);
        let mut counts = vec![0usize; bins];
        for &p in probabilities {
            let at = ((p / width - 1e-9).ceil() - 1.0).max(0.0) as usize;
            counts[at.min(bins - 1)] += 1;
        }
        let top_count = counts.iter().copied().max().unwrap_or(0).max(1);
        let plot_w = RIGHT - LEFT;
        let plot_h = BOTTOM - TOP;
        let bar_w = plot_w / bins as f64;
        let bins_table: Vec<Bin> = counts
            .iter()
            .enumerate()
            .map(|(i, &count)| Bin {
                from: percent(i as f64 * width),
                to: percent((i + 1) as f64 * width),
                count,
            })
            .collect();
        let bars = bins_table
            .iter()
            .enumerate()
            .filter(|(_, b)| b.count > 0)
            .map(|(i, b)| {
                let h = plot_h * b.count as f64 / top_count as f64;
                Bar {
                    x: num(LEFT + i as f64 * bar_w + 1.0),
                    y: num(BOTTOM - h),
                    width: num((bar_w - 2.0).max(1.0)),
                    height: num(h),
                    label: format!("{} to {}: {} people", b.from, b.to, b.count),
                }
            })
            .collect();
        let x_ticks = (0..=4)
            .map(|t| {
                let share = f64::from(t) / 4.0;
                Tick {
                    x: num(LEFT + share * plot_w),
                    y: num(BOTTOM + 18.0),
                    label: percent(share * bins as f64 * width),
                }
            })
            .collect();
        let mut y_values = vec![0, top_count / 2, top_count];
        y_values.dedup();
        let y_ticks = y_values
            .into_iter()
            .map(|v| Tick {
                x: num(LEFT - 6.0),
                y: num(BOTTOM - plot_h * v as f64 / top_count as f64 + 4.0),
                label: v.to_string(),
            })
            .collect();
        let busiest = counts
            .iter()
            .enumerate()
            .max_by_key(|&(i, &c)| (c, std::cmp::Reverse(i)))
            .map_or(0, |(i, _)| i);
        let description = format!(
            "Histogram of the selection probabilities of the {} people in the pool, in {} bins of {} each. The most common range is {} to {}, with {} people.",
            probabilities.len(),
            bins,
            percent(width),
            bins_table
                .get(busiest)
                .map_or(String::new(), |b| b.from.clone()),
            bins_table
                .get(busiest)
                .map_or(String::new(), |b| b.to.clone()),
            counts.get(busiest).copied().unwrap_or(0),
        );
        Self {
            view_box: format!("0 0 {WIDTH} {HEIGHT}"),
            bars,
            x_ticks,
            y_ticks,
            axis_x: num(LEFT + plot_w / 2.0),
            axis_y: num(HEIGHT - 4.0),
            left: num(LEFT),
            right: num(RIGHT),
            bottom: num(BOTTOM),
            top: num(TOP),
            bins: bins_table,
            description,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_probabilities_fall_in_the_last_bin() {
        let chart = Chart::new(&[0.1; 200]);
        assert_eq!(chart.bins.len(), 20);
        assert_eq!(chart.bins[19].count, 200);
        assert_eq!(chart.bars.len(), 1);
    }

    #[test]
    fn zeros_and_empty_pools_do_not_panic() {
        assert_eq!(Chart::new(&[0.0, 0.0]).bins[0].count, 2);
        assert!(Chart::new(&[]).bars.is_empty());
        assert_eq!(
            Chart::new(&[1.0, 0.5])
                .bins
                .iter()
                .map(|b| b.count)
                .sum::<usize>(),
            2
        );
    }
}
