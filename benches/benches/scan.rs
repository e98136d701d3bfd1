//! Each stage of a scan on its own, so a regression shows in the stage that caused it, and the
//! whole scan:
//! - `load`: the file read and its sections parsed (a plan's planned values and configuration);
//! - `normalize`: the model made of them (normalizers, satellites, the derived facts);
//! - `evaluate`: every built-in policy on every resource;
//! - `render-json`, `render-sarif`, `render-table`: the report written;
//! - `scan`: load, normalize and evaluate together.
//!
//! Plans (`benches/gen_plan.py`) at 1k and 10k resources and an AWS Config snapshot
//! (`benches/gen_config.py`) of 10k items, generated once into `target/bench-inputs/`.
//! `cargo bench -p comply-benches`. An AWS Config file is read and normalized item by item in
//! one pass, so its `load` includes normalizing.

use comply::eval::{Evaluator, DEFAULT_POLICY_TIMEOUT};
use comply::load::json::Document;
use comply::load::{load_file, terraform, TopLevel};
use comply::policy::Bundle;
use comply::scan::ScanOptions;
use comply::settings::Settings;
use comply_reports::{Format, RenderOptions};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use std::path::{Path, PathBuf};
use std::process::Command;

// The same allocator as the `comply` binary, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// An input made by one of the generators, once.
fn input(generator: &str, flag: &str, n: usize) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let dir = root.join("target/bench-inputs");
    std::fs::create_dir_all(&dir).unwrap();
    let stem = generator.trim_start_matches("gen_").trim_end_matches(".py");
    let out = dir.join(format!("{stem}-{n}.json"));
    if !out.exists() {
        let status = Command::new("python3")
            .arg(root.join("benches").join(generator))
            .args([flag, &n.to_string(), "--seed", "1", "--out"])
            .arg(&out)
            .status()
            .expect("python3 runs the generator");
        assert!(status.success(), "{generator} failed");
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

fn render(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    path: &Path,
) {
    let report = comply::scan::scan(&ScanOptions {
        inputs: vec![path.to_path_buf()],
        ..ScanOptions::default()
    })
    .unwrap();
    for (name, format) in [
        ("render-json", Format::Json),
        ("render-sarif", Format::Sarif),
        ("render-table", Format::Table),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut out = Vec::with_capacity(64 << 20);
                comply_reports::write(&report, format, RenderOptions::default(), &mut out).unwrap();
                out
            })
        });
    }
}

fn plans(c: &mut Criterion) {
    let bundle = Bundle::load(&[]).unwrap();
    let settings = settings();
    for n in [1_000, 10_000] {
        let path = input("gen_plan.py", "--resources", n);
        let file = path.display().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let mut group = c.benchmark_group(format!("plan-{n}"));
        group.sample_size(10);
        group.bench_function("load", |b| {
            b.iter(|| {
                let text = std::fs::read_to_string(&path).unwrap();
                let doc = Document::new(&file, &text);
                let top = TopLevel::parse(&doc).unwrap();
                terraform::parse(&doc, &top).map(|_| ()).unwrap();
            })
        });
        let doc = Document::new(&file, &text);
        let top = TopLevel::parse(&doc).unwrap();
        group.bench_function("normalize", |b| {
            b.iter_batched(
                || terraform::parse(&doc, &top).unwrap(),
                |parsed| {
                    let mut inventory = parsed.normalize();
                    comply::model::derive::apply(&mut inventory.resources);
                    inventory
                },
                BatchSize::PerIteration,
            )
        });
        let (inventory, _) = load_file(&path).unwrap();
        let evaluator = Evaluator::new(&bundle, &settings, DEFAULT_POLICY_TIMEOUT).unwrap();
        group.bench_function("evaluate", |b| b.iter(|| evaluator.evaluate(&inventory)));
        render(&mut group, &path);
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

fn config(c: &mut Criterion) {
    let bundle = Bundle::load(&[]).unwrap();
    let settings = settings();
    let path = input("gen_config.py", "--items", 10_000);
    let mut group = c.benchmark_group("config-10000");
    group.sample_size(10);
    group.bench_function("load", |b| b.iter(|| load_file(&path).unwrap()));
    let (inventory, _) = load_file(&path).unwrap();
    let evaluator = Evaluator::new(&bundle, &settings, DEFAULT_POLICY_TIMEOUT).unwrap();
    group.bench_function("evaluate", |b| b.iter(|| evaluator.evaluate(&inventory)));
    render(&mut group, &path);
    group.finish();
}

criterion_group!(benches, plans, config);
criterion_main!(benches);
