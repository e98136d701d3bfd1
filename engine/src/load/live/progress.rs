//! Progress on a terminal: one line per region, naming the kind being read. Nothing when
//! standard error is not a terminal (CI, pipes) or `--quiet` is given.

use indicatif::{MultiProgress, ProgressBar, ProgressStyle};

pub struct Progress {
    bars: Option<MultiProgress>,
}

pub struct RegionBar {
    bar: Option<ProgressBar>,
}

impl Progress {
    pub fn new(enabled: bool) -> Progress {
        Progress {
            bars: enabled.then(MultiProgress::new),
        }
    }

    pub fn region(&self, region: &str) -> RegionBar {
        let bar = self.bars.as_ref().map(|m| {
            let b = m.add(ProgressBar::new_spinner());
            b.set_style(
                ProgressStyle::with_template("{spinner} {prefix:>15} {msg}")
                    .expect("valid template"),
            );
            b.set_prefix(region.to_string());
            b.enable_steady_tick(std::time::Duration::from_millis(120));
            b
        });
        RegionBar { bar }
    }

    pub fn finish(&self) {
        if let Some(m) = &self.bars {
            let _ = m.clear();
        }
    }
}

impl RegionBar {
    pub fn kind(&self, what: &str) {
        if let Some(b) = &self.bar {
            b.set_message(format!("reading {what}"));
        }
    }

    pub fn done(&self, items: usize) {
        if let Some(b) = &self.bar {
            b.finish_with_message(format!("{items} configuration items"));
        }
    }
}
