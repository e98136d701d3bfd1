//! Load and evaluate plans written by `benches/gen_plan.py` at 1k and 10k resources.
//!
//! `cargo bench -p comply-benches` (plans are generated once into `target/bench-plans/`).

use comply::eval::{Evaluator, DEFAULT_POLICY_TIMEOUT};
use comply::load::load_file;
use comply::policy::Bundle;
use comply::settings::Settings;
use criterion::{criterion_group, criterion_main, Criterion};
use std::path::{Path, PathBuf};
use std::process::Command;

// The same allocator as the `comply` binary, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn plan(resources: usize) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let dir = root.join("target/bench-plans");
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join(format!("plan-{resources}.json"));
    if !out.exists() {
        let generator = root.join("benches/gen_plan.py");
        let status = Command::new("python3")
            .arg(&generator)
            .args([
                "--resources",
                &resources.to_string(),
                "--seed",
                "1",
                "--out",
            ])
            .arg(&out)
            .status()
            .expect("python3 runs the plan generator");
        assert!(status.success(), "gen_plan.py failed");
    }
    out
}

fn settings() -> Settings {
    comply::settings::parse(
        "bench",
        "[data_residency.allowed_regions]\npersonal = [\"eu-west-1\", \"eu-central-1\"]\nconfidential = [\"eu-central-1\"]\n",
    )
    .unwrap()
}

fn bench(c: &mut Criterion) {
    let bundle = Bundle::load(&[]).unwrap();
    let settings = settings();
    for n in [1_000, 10_000] {
        let path = plan(n);
        let mut group = c.benchmark_group(format!("plan-{n}"));
        group.sample_size(10);
        group.bench_function("load", |b| b.iter(|| load_file(&path).unwrap()));
        let (inventory, _) = load_file(&path).unwrap();
        let evaluator = Evaluator::new(&bundle, &settings, DEFAULT_POLICY_TIMEOUT).unwrap();
        group.bench_function("evaluate", |b| b.iter(|| evaluator.evaluate(&inventory)));
        group.bench_function("scan", |b| {
            b.iter(|| {
                let (inventory, _) = load_file(&path).unwrap();
                let evaluator = Evaluator::new(&bundle, &settings, DEFAULT_POLICY_TIMEOUT).unwrap();
                evaluator.evaluate(&inventory)
            })
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
