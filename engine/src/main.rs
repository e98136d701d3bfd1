//! The `comply` command line.

use clap::{Parser, Subcommand, ValueEnum};
use comply::calendar::Date;
use comply::error::{Error, ExitCode};
use comply::export::securityhub::ExportOptions;
use comply::gate::select::Asked;
use comply::policy::{catalog, Bundle};
use comply::reports::redact;
use comply::reports::{self, Format, RenderOptions, Severity, Status};
use comply::scan::{scan, FailOn as GateFailOn, ScanOptions};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

// Loading a plan allocates many small values; mimalloc frees them markedly faster than glibc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "comply",
    version,
    about = "Compliance policies for Terraform plans: PCI DSS v4.0, GDPR, SOC 2, ISO/IEC 27001:2022"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Refuse an input file (or what a gzip file inflates to) larger than SIZE, e.g. 512MiB or
    /// 2GiB, before reading it [default: a third of the memory available]
    #[arg(long, global = true, value_name = "SIZE", value_parser = comply::load::limit::parse)]
    max_input_size: Option<u64>,
}

#[derive(Subcommand)]
enum Command {
    /// Scan Terraform plan JSON (`terraform show -json plan.out`) and AWS Config data.
    Scan(Box<ScanArgs>),
    /// Send a stored report's findings elsewhere.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Baselines: what an estate fails today, so that later scans gate only what is new.
    #[command(subcommand)]
    Baseline(BaselineCommand),
    /// Scan on a schedule into an evidence store (`--store`), until SIGINT or SIGTERM.
    Watch(Box<WatchArgs>),
    /// The evidence store: verify its hash chain, list its scans.
    #[command(subcommand)]
    Store(StoreCommand),
    /// Render a stored `--format json` report in another format, without scanning again; or,
    /// with `--store`, report a period of an evidence store's scans.
    Report {
        /// A report written by `comply scan --format json`.
        #[arg(required_unless_present = "store", conflicts_with = "store")]
        report: Option<PathBuf>,
        /// Output format (a period report: json, markdown, html or csv).
        #[arg(long, short, value_enum, default_value_t = OutputFormat::Table)]
        format: OutputFormat,
        /// Write to FILE instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Table: show every finding, passes included.
        #[arg(long)]
        all: bool,
        /// The compliance report (html, markdown, csv) for these frameworks only:
        /// `pci-dss-4.0`, `gdpr`, `soc2`, `iso27001-2022`.
        #[arg(long = "framework", value_name = "ID", value_delimiter = ',')]
        frameworks: Vec<String>,
        /// The period report of this evidence store (a SQLite file or a `postgres://` URL).
        #[arg(long, value_name = "FILE|URL")]
        store: Option<String>,
        /// With --store: the period's first day (`YYYY-MM-DD`, UTC) [default: the first scan's].
        #[arg(long, value_name = "DATE", requires = "store")]
        from: Option<String>,
        /// With --store: the period's last day, inclusive [default: the last scan's].
        #[arg(long, value_name = "DATE", requires = "store")]
        to: Option<String>,
    },
    /// Run the policies' Rego tests and fixture expectations.
    Test {
        /// A policy directory to test instead of the built-in policies.
        dir: Option<PathBuf>,
        /// Print every check, not only failures.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Print the normalized inventory of inputs as JSON: what policies see.
    Inventory {
        #[arg(required = true, value_name = "INPUT")]
        inputs: Vec<PathBuf>,
        /// Settings file (default: ./comply.toml when present); `[scope]` shapes the summaries.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// List the policies in use.
    Policies {
        /// Extra policy directory (same id replaces a built-in).
        #[arg(long = "policies", value_name = "DIR")]
        policy_dirs: Vec<PathBuf>,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Each framework's controls: whether configuration can evidence them (automated, partial,
    /// manual) and the policies that do.
    Controls {
        /// One framework: `pci-dss-4.0`, `gdpr`, `soc2` or `iso27001-2022`.
        framework: Option<String>,
        /// Extra policy directory (same id replaces a built-in).
        #[arg(long = "policies", value_name = "DIR")]
        policy_dirs: Vec<PathBuf>,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// The modeled kinds: the Terraform types that make and configure each, whether AWS Config
    /// records it, and the policies that judge it.
    Kinds {
        /// Extra policy directory (same id replaces a built-in).
        #[arg(long = "policies", value_name = "DIR")]
        policy_dirs: Vec<PathBuf>,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// One policy: why it exists, how to fix what it finds, its controls, and a failing and a
    /// passing example from its fixture.
    Explain {
        /// A policy id, like `AWS-S3-002`.
        policy: String,
        /// Extra policy directory (same id replaces a built-in).
        #[arg(long = "policies", value_name = "DIR")]
        policy_dirs: Vec<PathBuf>,
    },
}

#[derive(Subcommand)]
enum ExportCommand {
    /// Import the findings of a `--format json` report into AWS Security Hub
    /// (`BatchImportFindings`, 100 per request; passes too, so fixed findings close).
    Securityhub {
        /// A report written by `comply scan --format json`.
        report: PathBuf,
        /// Security Hub's region [default: the profile's or AWS_REGION].
        #[arg(long, value_name = "R")]
        region: Option<String>,
        /// The account findings without one (plans) are filed under [default: the caller's].
        #[arg(long, value_name = "ID")]
        account: Option<String>,
        /// The AWS profile.
        #[arg(long, value_name = "P")]
        profile: Option<String>,
        /// An AWS-compatible endpoint (also AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SECURITYHUB).
        #[arg(long, value_name = "URL")]
        endpoint_url: Option<String>,
        /// Attempts per request, and per refused finding when the reason is transient.
        #[arg(long, value_name = "N", default_value_t = 6,
              value_parser = clap::value_parser!(u32).range(1..=20))]
        max_attempts: u32,
        /// Seconds one attempt may take.
        #[arg(long, value_name = "S", default_value_t = 30,
              value_parser = clap::value_parser!(u64).range(1..=3600))]
        attempt_timeout: u64,
    },
}

#[derive(clap::Args)]
struct WatchArgs {
    /// The period: `1h`, `15m`, `90s`, `1h30m`. Scans start on its boundaries; a scan that
    /// overruns skips the periods it covered.
    #[arg(long, value_name = "PERIOD", value_parser = period)]
    every: Duration,
    /// Stop after N scans.
    #[arg(long, value_name = "N")]
    max_scans: Option<u64>,
    #[command(flatten)]
    scan: ScanArgs,
}

fn period(s: &str) -> Result<Duration, String> {
    let d = humantime::parse_duration(s)
        .map_err(|e| format!("`{s}` is not a period: {e} (hint: `1h`, `15m`, `90s`)"))?;
    if d < Duration::from_secs(1) {
        return Err(format!("`{s}` is shorter than a second"));
    }
    Ok(d)
}

#[derive(Subcommand)]
enum StoreCommand {
    /// Recompute the store's hash chain: exit 0 when intact, 4 when a scan record was edited,
    /// deleted or reordered.
    Verify {
        /// A SQLite file or a `postgres://` URL.
        store: String,
        /// A head hash kept elsewhere (printed by `scan --store`): it must still be in the chain,
        /// which catches the newest scans deleted.
        #[arg(long, value_name = "HASH")]
        head: Option<String>,
    },
    /// Failures new, resolved and still open between two stored scans [default: the last
    /// two].
    Diff {
        /// A SQLite file or a `postgres://` URL.
        store: String,
        /// The earlier scan's number.
        from: Option<i64>,
        /// The later scan's number [default: the newest].
        to: Option<i64>,
        /// Compare this Terraform plan with the store's newest live state instead: resources
        /// in one and not the other, and how the plan moves the shared ones' findings.
        #[arg(long, value_name = "PLAN", conflicts_with_all = ["from", "to"])]
        plan: Option<PathBuf>,
        /// With --plan: the settings file for scanning the plan.
        #[arg(long, value_name = "FILE", requires = "plan")]
        config: Option<PathBuf>,
        #[arg(long, short, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// The scans a store holds, oldest first.
    List {
        /// A SQLite file or a `postgres://` URL.
        store: String,
        #[arg(long, short, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
}

#[derive(Subcommand)]
enum BaselineCommand {
    /// Scan, and write the failing and unknown findings as a baseline for `scan --baseline`.
    Create(Box<ScanArgs>),
}

#[derive(clap::Args)]
struct ScanArgs {
    /// Input files: Terraform plan JSON, AWS Config snapshots and API output (`.json`, `.json.gz`).
    #[arg(value_name = "INPUT", required_unless_present = "aws")]
    inputs: Vec<PathBuf>,
    /// Read live AWS state through AWS Config (standard credential chain).
    #[arg(long)]
    aws: bool,
    /// With --aws: regions to scan, comma-separated, or `all` (the regions every account has).
    /// With --aggregator: the source regions to keep (`all` or absent: every region).
    #[arg(long, value_name = "R1,R2|all", requires = "aws")]
    regions: Option<String>,
    /// With --aws: read every account and region an AWS Config aggregator collects. The
    /// aggregator is queried in the profile's (or AWS_REGION's) region; CloudTrail trail status,
    /// Config rule results and Security Hub findings are read for the caller's account in that
    /// region only.
    #[arg(long, value_name = "NAME", requires = "aws")]
    aggregator: Option<String>,
    /// With --aws: the AWS profile.
    #[arg(long, value_name = "P", requires = "aws")]
    profile: Option<String>,
    /// With --aws: an AWS-compatible endpoint (also AWS_ENDPOINT_URL).
    #[arg(long, value_name = "URL", requires = "aws")]
    endpoint_url: Option<String>,
    /// With --aws: requests in flight at once.
    #[arg(long, value_name = "N", default_value_t = 8, requires = "aws",
          value_parser = clap::value_parser!(u32).range(1..=1000))]
    concurrency: u32,
    /// With --aws: attempts per AWS call (throttling and 5xx are retried with backoff and jitter).
    #[arg(long, value_name = "N", default_value_t = 6, requires = "aws",
          value_parser = clap::value_parser!(u32).range(1..=20))]
    max_attempts: u32,
    /// With --aws: seconds one attempt may take.
    #[arg(long, value_name = "S", default_value_t = 20, requires = "aws",
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    attempt_timeout: u64,
    /// With --aws: the whole AWS read ends by then (`90s`, `10m`): what was read is judged,
    /// what was not is an error naming it (exit 3) [default: no deadline, each call bounded by
    /// its attempts and --attempt-timeout]
    #[arg(long, value_name = "PERIOD", requires = "aws", value_parser = period)]
    deadline: Option<Duration>,
    /// No progress output.
    #[arg(long, short)]
    quiet: bool,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = OutputFormat::Table)]
    format: OutputFormat,
    /// Write the report to FILE instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Exit 1 when a failure at or above this severity is found [default: `[gate] fail_on`,
    /// else high].
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
    /// Never exit 1 for findings: `--fail-on none`.
    #[arg(long, conflicts_with = "fail_on")]
    soft_fail: bool,
    /// Only these policies: ids or globs (`AWS-S3-*`), comma-separated or repeated.
    #[arg(long = "policy", value_name = "ID", value_delimiter = ',')]
    policies: Vec<String>,
    /// Not these policies: ids or globs, comma-separated or repeated.
    #[arg(long = "skip-policy", value_name = "ID", value_delimiter = ',')]
    skip_policies: Vec<String>,
    /// Only policies mapped to these frameworks: `pci-dss-4.0`, `gdpr`, `soc2`, `iso27001-2022`.
    #[arg(long = "framework", value_name = "ID", value_delimiter = ',')]
    frameworks: Vec<String>,
    /// Report only findings at or above this severity [default: `[gate] severity`, else all].
    #[arg(long, value_enum, value_name = "SEV")]
    severity: Option<MinSeverity>,
    /// Report and gate only findings new against this baseline (`comply baseline create`, or an
    /// earlier `--format json` report).
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Judge only what the plans create, update or replace.
    #[arg(long)]
    changed_only: bool,
    /// The plans' Terraform sources, for findings at the `.tf` line and inline waivers
    /// [default: the plan's directory when it holds `.tf` files].
    #[arg(long, value_name = "DIR")]
    source_dir: Option<PathBuf>,
    /// Refuse waivers that expire more than N days ahead [default: `[gate] max_waiver_days`].
    #[arg(long, value_name = "N")]
    max_waiver_days: Option<u32>,
    /// Judge waiver expiry as of this day (`YYYY-MM-DD`, UTC) instead of today: reproduces a
    /// past gate.
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
    /// Extra policy directory (same id replaces a built-in); may be repeated.
    #[arg(long = "policies", value_name = "DIR")]
    policy_dirs: Vec<PathBuf>,
    /// Settings file (default: ./comply.toml when present).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Table: show every finding, passes included.
    #[arg(long)]
    all: bool,
    /// Time limit for one policy on one resource, in milliseconds.
    #[arg(long, value_name = "MS", default_value_t = 2000)]
    policy_timeout_ms: u64,
    /// Record the scan in this evidence store: a SQLite file (created when missing) or a
    /// `postgres://` URL.
    #[arg(long, value_name = "FILE|URL")]
    store: Option<String>,
    /// With --aws: name who last changed each failing resource (CloudTrail `LookupEvents`, at
    /// most 2 a second per region) [default: on with --store, which caches the answers].
    #[arg(long, requires = "aws", conflicts_with = "no_attribute")]
    attribute: bool,
    /// With --aws: no CloudTrail attribution.
    #[arg(long, requires = "aws")]
    no_attribute: bool,
}

/// The catalog commands' formats.
#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    Table,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    Table,
    Json,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
    /// JUnit XML, for CI test reporters.
    Junit,
    /// Markdown for a pull-request comment or job summary.
    Summary,
    /// GitLab Code Quality.
    Codequality,
    /// AWS Security Finding Format (`BatchImportFindings`' body).
    Asff,
    /// The compliance report for an assessor: one self-contained HTML file.
    Html,
    /// The compliance report in Markdown.
    Markdown,
    /// One row per finding and mapped control, for spreadsheets.
    Csv,
    /// OCSF Compliance Finding (class 2003) as JSON lines, for security data lakes.
    Ocsf,
}

#[derive(Clone, Copy, ValueEnum)]
enum MinSeverity {
    Critical,
    High,
    Medium,
    Low,
    Info,
}

impl MinSeverity {
    fn severity(self) -> Severity {
        match self {
            MinSeverity::Critical => Severity::Critical,
            MinSeverity::High => Severity::High,
            MinSeverity::Medium => Severity::Medium,
            MinSeverity::Low => Severity::Low,
            MinSeverity::Info => Severity::Info,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Critical,
    High,
    Medium,
    Low,
    Info,
    /// Never exit 1 for findings.
    None,
}

fn main() -> std::process::ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return std::process::ExitCode::from(if e.use_stderr() {
                ExitCode::Input as u8
            } else {
                0
            });
        }
    };
    if let Some(bytes) = cli.max_input_size {
        comply::load::limit::set(bytes);
    }
    let code = match run(cli) {
        Ok(code) => code,
        Err(e) => {
            // An error may quote its input (a value, a URL): never a credential.
            eprintln!("error: {}", redact::clean(&e.to_string()));
            e.exit_code()
        }
    };
    std::process::ExitCode::from(code as u8)
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    match cli.command {
        Command::Scan(args) => run_scan(*args),
        Command::Watch(args) => run_watch(*args),
        Command::Store(command) => run_store(command),
        Command::Export(ExportCommand::Securityhub {
            report,
            region,
            account,
            profile,
            endpoint_url,
            max_attempts,
            attempt_timeout,
        }) => {
            if let Some(a) = &account {
                if a.len() != 12 || !a.chars().all(|c| c.is_ascii_digit()) {
                    return Err(Error::Usage(format!(
                        "`--account`: `{a}` is not an AWS account id (hint: 12 digits)"
                    )));
                }
            }
            if let Some(r) = region.as_deref().filter(|r| !comply::aws::is_region(r)) {
                return Err(Error::Usage(format!(
                    "`--region`: `{r}` is not an AWS region name (hint: `eu-west-1`)"
                )));
            }
            let outcome = comply::export::securityhub::export(&ExportOptions {
                report,
                region,
                account,
                profile,
                endpoint_url,
                max_attempts,
                attempt_timeout: Duration::from_secs(attempt_timeout),
            })?;
            eprintln!(
                "{} findings imported into Security Hub in {} in {} batches",
                outcome.imported, outcome.region, outcome.batches
            );
            for r in &outcome.refused {
                eprintln!(
                    "error: finding `{}` refused: {}: {}",
                    r.id, r.code, r.message
                );
            }
            Ok(if outcome.refused.is_empty() {
                ExitCode::Clean
            } else {
                eprintln!(
                    "incomplete: {} findings refused by Security Hub",
                    outcome.refused.len()
                );
                ExitCode::Incomplete
            })
        }
        Command::Baseline(BaselineCommand::Create(args)) => {
            let Some(output) = args.output.clone() else {
                return Err(Error::Usage(
                    "`comply baseline create` needs `-o FILE` (hint: `-o .comply-baseline.json`)"
                        .into(),
                ));
            };
            if args.baseline.is_some() {
                return Err(Error::Usage(
                    "`--baseline` makes no sense when creating one".into(),
                ));
            }
            let report = scan(&scan_options(*args)?)?;
            write_output(Some(&output), &comply::gate::baseline::create(&report))?;
            eprintln!(
                "{}: {} findings in the baseline",
                output.display(),
                report
                    .findings
                    .iter()
                    .filter(|f| matches!(f.status, Status::Fail | Status::Unknown))
                    .count()
            );
            Ok(if report.summary.incomplete {
                ExitCode::Incomplete
            } else {
                ExitCode::Clean
            })
        }
        Command::Report {
            store: Some(store),
            format,
            output,
            frameworks,
            from,
            to,
            ..
        } => run_period(&store, format, output, &frameworks, from, to),
        Command::Report {
            report: Some(report),
            format,
            output,
            all,
            frameworks,
            ..
        } => {
            let mut stored = comply::stored::read(&report)?;
            keep_frameworks(&mut stored, &frameworks)?;
            warn_left_out(&stored, format);
            let bytes = reports::render(&stored, format.into(), render_options(all, &output));
            write_output(output.as_ref(), &bytes)?;
            Ok(ExitCode::Clean)
        }
        Command::Report { .. } => Err(Error::Usage(
            "`comply report` needs a REPORT file or `--store`".into(),
        )),
        Command::Test { dir, verbose } => {
            let bundle = match &dir {
                Some(d) => Bundle::load_dir_only(d)?,
                None => Bundle::load(&[])?,
            };
            if bundle.policies.is_empty() {
                return Err(Error::Policy("no policies to test".into()));
            }
            let outcome = comply::eval::run_tests(&bundle);
            let lines = if verbose {
                &outcome.lines
            } else {
                &outcome.failures
            };
            for l in lines {
                println!("{l}");
            }
            println!("{} passed, {} failed", outcome.passed, outcome.failed);
            Ok(if outcome.failed == 0 {
                ExitCode::Clean
            } else {
                ExitCode::Findings
            })
        }
        Command::Inventory { inputs, config } => {
            let settings = comply::settings::load(config.as_deref())?;
            let mut inventory = comply::model::Inventory::default();
            for path in &inputs {
                inventory.extend(comply::load::load_file(path)?.0);
            }
            inventory.finish(&settings.settings.scope);
            let mut text = serde_json::to_string_pretty(&inventory).expect("inventories serialize");
            text.push('\n');
            let text = redact::clean(&text).into_owned();
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            Ok(ExitCode::Clean)
        }
        Command::Controls {
            framework,
            policy_dirs,
            format,
        } => {
            let bundle = Bundle::load(&policy_dirs)?;
            let Some(coverage) = catalog::coverage(&bundle, framework.as_deref()) else {
                let known: Vec<&str> = bundle.frameworks.keys().map(String::as_str).collect();
                return Err(Error::Usage(format!(
                    "no framework `{}` (hint: one of {})",
                    framework.unwrap_or_default(),
                    known.join(", ")
                )));
            };
            let text = match format {
                ListFormat::Table => catalog::coverage_table(&coverage),
                ListFormat::Json => json_text(&coverage),
            };
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            Ok(ExitCode::Clean)
        }
        Command::Kinds {
            policy_dirs,
            format,
        } => {
            let bundle = Bundle::load(&policy_dirs)?;
            let kinds = catalog::kinds(&bundle);
            let text = match format {
                ListFormat::Json => json_text(&kinds),
                ListFormat::Table => kinds
                    .iter()
                    .map(|k| {
                        format!(
                            "{:<44} {:<8} {:>3} policies  {}\n",
                            k.kind,
                            k.scope,
                            k.policies.len(),
                            k.terraform_types.join(", ")
                        )
                    })
                    .collect(),
            };
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            Ok(ExitCode::Clean)
        }
        Command::Explain {
            policy,
            policy_dirs,
        } => {
            let bundle = Bundle::load(&policy_dirs)?;
            let Some(p) = bundle
                .policies
                .iter()
                .find(|p| p.id.eq_ignore_ascii_case(&policy))
            else {
                return Err(Error::Usage(format!(
                    "no policy `{policy}` (hint: `comply policies` lists them)"
                )));
            };
            let _ = std::io::stdout()
                .lock()
                .write_all(catalog::explain(p).as_bytes());
            Ok(ExitCode::Clean)
        }
        Command::Policies {
            policy_dirs,
            format: ListFormat::Json,
        } => {
            let bundle = Bundle::load(&policy_dirs)?;
            let mut text = serde_json::to_string_pretty(&catalog::policy_entries(&bundle))
                .expect("policies serialize");
            text.push('\n');
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            Ok(ExitCode::Clean)
        }
        Command::Policies { policy_dirs, .. } => {
            let bundle = Bundle::load(&policy_dirs)?;
            for p in &bundle.policies {
                let kinds: Vec<&str> = p.kinds.iter().map(|k| k.as_str()).collect();
                println!(
                    "{:<22} {:<8} {:<60} {}",
                    p.id,
                    p.severity,
                    p.title,
                    kinds.join(",")
                );
            }
            Ok(ExitCode::Clean)
        }
    }
}

fn run_scan(args: ScanArgs) -> Result<ExitCode, Error> {
    let format = args.format;
    let all = args.all;
    let output = args.output.clone();
    let mut store = open_store(&args)?;
    let attribute = wants_attribution(&args);
    let began = comply::calendar::now_rfc3339();
    let opts = scan_options(args)?;
    let mut report = match scan(&opts) {
        Ok(r) => r,
        Err(e) => {
            // A scan that produced nothing is still a fact of the record: a gap.
            if let Some(store) = store.as_mut() {
                let why = redact::clean(&e.to_string()).into_owned();
                match store.record_failure(&began, env!("CARGO_PKG_VERSION"), &why) {
                    Ok(r) => eprintln!(
                        "stored failed scan {} in `{}`, chain head {}",
                        r.seq,
                        store.name(),
                        r.hash
                    ),
                    Err(s) => eprintln!("error: {}", redact::clean(&s.to_string())),
                }
            }
            return Err(e);
        }
    };
    if let (true, Some(live)) = (attribute, &opts.live) {
        let done = comply::attribution::attribute(&mut report, live, store.as_mut())?;
        for f in &done.failures {
            eprintln!("warning: not attributed: {}", redact::clean(&f.to_string()));
        }
        // CloudTrail's events are new text in the report.
        redact::Redactor::from_env().report(&mut report);
    }
    warn_left_out(&report, format);
    // The evidence first: an unwritable output does not lose the record.
    let stored = store.as_mut().map(|store| match store.record(&report) {
        Ok(r) => {
            eprintln!(
                "stored scan {} ({}) in `{}`: {} changes, chain head {}",
                r.seq,
                r.outcome.as_str(),
                store.name(),
                r.changes,
                r.hash
            );
            true
        }
        Err(e) => {
            eprintln!("error: {}", redact::clean(&e.to_string()));
            false
        }
    });
    write_report(
        output.as_ref(),
        &report,
        format.into(),
        render_options(all, &output),
    )?;
    comply::timings::mark(|| "written".into());
    if stored == Some(false) {
        eprintln!("incomplete: the scan is not in the store");
        return Ok(ExitCode::Incomplete);
    }
    Ok(if report.summary.incomplete {
        ExitCode::Incomplete
    } else if report
        .summary
        .fail_on
        .is_some_and(|t| report.failing(t) > 0)
    {
        ExitCode::Findings
    } else {
        ExitCode::Clean
    })
}

/// Pretty JSON with a final newline, as every `--format json` listing prints it.
fn json_text(value: &impl serde::Serialize) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("the value serializes");
    text.push('\n');
    text
}

/// CloudTrail attribution: asked for, or by default for a live scan into a store.
fn wants_attribution(args: &ScanArgs) -> bool {
    args.aws && !args.no_attribute && (args.attribute || args.store.is_some())
}

/// `--store`: opened (and migrated) before scanning, so a bad store fails before the work.
/// A store records whole scans: filters that leave findings out would read as fixes.
fn open_store(args: &ScanArgs) -> Result<Option<comply::store::Store>, Error> {
    let Some(at) = &args.store else {
        return Ok(None);
    };
    let hiding = [
        (args.baseline.is_some(), "--baseline"),
        (args.changed_only, "--changed-only"),
        (args.severity.is_some(), "--severity"),
    ];
    if let Some((_, flag)) = hiding.iter().find(|(on, _)| *on) {
        return Err(Error::Usage(format!(
            "`--store` records whole scans; `{flag}` leaves findings out, which the store would read as fixed (hint: store a scan without it)"
        )));
    }
    comply::store::Store::open(at).map(Some)
}

fn run_watch(args: WatchArgs) -> Result<ExitCode, Error> {
    let Some(mut store) = open_store(&args.scan)? else {
        return Err(Error::Usage(
            "`comply watch` needs `--store FILE|URL` to record its scans".into(),
        ));
    };
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        // A second signal while the first is being honoured stops at once (exit 1); the store
        // keeps only committed scans.
        signal_hook::flag::register_conditional_shutdown(signal, 1, stop.clone())
            .and_then(|_| signal_hook::flag::register(signal, stop.clone()))
            .map_err(|e| Error::Usage(format!("cannot handle signal {signal}: {e}")))?;
    }
    let opts = comply::watch::WatchOptions {
        every: args.every,
        max_scans: args.max_scans,
        attribute: wants_attribution(&args.scan),
        scan: scan_options(args.scan)?,
    };
    eprintln!(
        "watching: a scan every {} into `{}` (SIGINT or SIGTERM stops after the scan in flight)",
        humantime::format_duration(opts.every),
        store.name()
    );
    let mut out = std::io::stdout();
    let watched = comply::watch::run(&opts, &mut store, &stop, &mut |line| {
        let _ = writeln!(out, "{}", redact::clean(line)).and_then(|_| out.flush());
    })?;
    eprintln!(
        "stopped after {} scans{}",
        watched.scans,
        if watched.unrecorded > 0 {
            format!(", {} not recorded", watched.unrecorded)
        } else {
            String::new()
        }
    );
    Ok(if watched.unrecorded > 0 {
        ExitCode::Incomplete
    } else {
        ExitCode::Clean
    })
}

/// `comply report --store`: the period report. A broken chain is reported in it and exits 4.
fn run_period(
    store: &str,
    format: OutputFormat,
    output: Option<PathBuf>,
    frameworks: &[String],
    from: Option<String>,
    to: Option<String>,
) -> Result<ExitCode, Error> {
    use comply::reports::period::PeriodFormat;
    let format = match format {
        OutputFormat::Json => PeriodFormat::Json,
        OutputFormat::Markdown => PeriodFormat::Markdown,
        OutputFormat::Html => PeriodFormat::Html,
        OutputFormat::Csv => PeriodFormat::Csv,
        _ => return Err(Error::Usage(
            "a period report (`--store`) is json, markdown, html or csv (hint: `--format html`)"
                .into(),
        )),
    };
    let day = |flag: &str, v: &str| {
        Date::parse(v).ok_or_else(|| {
            Error::Usage(format!(
                "`{flag}`: `{v}` is not a date (hint: `YYYY-MM-DD`)"
            ))
        })
    };
    let mut s = comply::store::Store::open(store)?;
    let history = s.history()?;
    let scan_day = |scan: Option<&comply::store::ScanRow>| {
        scan.and_then(|x| {
            x.scanned_at
                .split_once('T')
                .and_then(|(d, _)| Date::parse(d))
        })
    };
    let from = match from {
        Some(v) => day("--from", &v)?,
        None => scan_day(history.scans.first()).unwrap_or_else(Date::today),
    };
    let to = match to {
        Some(v) => day("--to", &v)?,
        None => scan_day(history.scans.last()).unwrap_or_else(Date::today),
    };
    if to < from {
        return Err(Error::Usage(format!(
            "`--to` {to} is before `--from` {from}"
        )));
    }
    let chain = comply::store::verify_history(&history, None);
    let attributions = s.attributions()?;
    let period = comply::store::period::report(
        &history,
        &attributions,
        &chain,
        &comply::store::period::PeriodOptions {
            from,
            to,
            frameworks,
            store: s.name(),
            tool: reports::Tool {
                name: "comply".into(),
                version: env!("CARGO_PKG_VERSION").into(),
            },
        },
    )?;
    for id in frameworks {
        if !period.frameworks.iter().any(|f| &f.id == id) {
            return Err(Error::Usage(format!(
                "`--framework`: `{id}` is not among the store's frameworks (hint: `pci-dss-4.0`, `gdpr`, `soc2`, `iso27001-2022`)"
            )));
        }
    }
    write_output(
        output.as_ref(),
        &comply::reports::period::render(&period, format),
    )?;
    Ok(if chain.problems.is_empty() {
        ExitCode::Clean
    } else {
        eprintln!(
            "tampered: the store's hash chain is broken ({} problems; `comply store verify` lists them)",
            chain.problems.len()
        );
        ExitCode::Tampered
    })
}

fn run_store(command: StoreCommand) -> Result<ExitCode, Error> {
    match command {
        StoreCommand::Verify { store, head } => {
            let mut s = comply::store::Store::open(&store)?;
            let v = s.verify(head.as_deref())?;
            for p in &v.problems {
                println!("broken: {p}");
            }
            let head = v.head.as_deref().unwrap_or("none (no scans)");
            if v.problems.is_empty() {
                println!("intact: {} scans in `{}`, head {head}", v.scans, s.name());
                Ok(ExitCode::Clean)
            } else {
                println!(
                    "tampered: {} problems in {} scans of `{}`, head {head}",
                    v.problems.len(),
                    v.scans,
                    s.name()
                );
                Ok(ExitCode::Tampered)
            }
        }
        StoreCommand::Diff {
            store,
            plan: Some(plan),
            config,
            format,
            ..
        } => {
            let history = comply::store::Store::open(&store)?.history()?;
            let settings = comply::settings::load(config.as_deref())?;
            let mut inventory = comply::model::Inventory::default();
            inventory.extend(comply::load::load_file(&plan)?.0);
            inventory.finish(&settings.settings.scope);
            let report = scan(&ScanOptions {
                inputs: vec![plan.clone()],
                config,
                ..ScanOptions::default()
            })?;
            let d = comply::store::drift::plan_drift(&history, &inventory, &report)?;
            let out = match format {
                ListFormat::Json => json_text(&d),
                ListFormat::Table => {
                    let mut s = format!(
                        "{} against live scan {} ({}): {} resources in both, {} only in Terraform, {} only live; findings {} new, {} resolved, {} still open\n",
                        plan.display(),
                        d.live_scan,
                        d.live_at,
                        d.matched,
                        d.terraform_only.len(),
                        d.live_only.len(),
                        d.new.len(),
                        d.resolved.len(),
                        d.still_open.len()
                    );
                    for (title, rows) in [
                        ("New", &d.new),
                        ("Resolved", &d.resolved),
                        ("Still open", &d.still_open),
                    ] {
                        if !rows.is_empty() {
                            s.push_str(&format!("\n{title}\n"));
                            for r in rows {
                                s.push_str(&format!(
                                    "  {:<8} {}  {}  (live {}: {}, plan: {})\n",
                                    r.severity.to_uppercase(),
                                    r.policy_id,
                                    r.address,
                                    r.live_resource,
                                    r.live,
                                    r.plan
                                ));
                            }
                        }
                    }
                    if !d.live_only.is_empty() {
                        s.push_str("\nLive, not in Terraform\n");
                        for r in &d.live_only {
                            s.push_str(&format!("  {}  {}\n", r.kind, r.resource));
                        }
                    }
                    if !d.terraform_only.is_empty() {
                        s.push_str("\nIn Terraform, not live\n");
                        for r in &d.terraform_only {
                            s.push_str(&format!(
                                "  {}  {}{}\n",
                                r.kind,
                                r.address,
                                r.action
                                    .as_deref()
                                    .map(|a| format!("  ({a})"))
                                    .unwrap_or_default()
                            ));
                        }
                    }
                    s
                }
            };
            write_output(None, out.as_bytes())?;
            Ok(ExitCode::Clean)
        }
        StoreCommand::Diff {
            store,
            from,
            to,
            format,
            ..
        } => {
            let history = comply::store::Store::open(&store)?.history()?;
            let newest = history.scans.last().map(|s| s.seq).unwrap_or(0);
            let to = to.unwrap_or(newest);
            let from = from.unwrap_or(to - 1);
            let d = comply::store::drift::drift(&history, from, to)?;
            let out = match format {
                ListFormat::Json => json_text(&d),
                ListFormat::Table => {
                    let mut s = format!(
                        "scan {} ({}) to scan {} ({}): {} new, {} resolved, {} still open\n",
                        d.from,
                        d.from_at,
                        d.to,
                        d.to_at,
                        d.new.len(),
                        d.resolved.len(),
                        d.still_open.len()
                    );
                    for (title, rows) in [
                        ("New", &d.new),
                        ("Resolved", &d.resolved),
                        ("Still open", &d.still_open),
                    ] {
                        if rows.is_empty() {
                            continue;
                        }
                        s.push_str(&format!("\n{title}\n"));
                        for r in rows {
                            s.push_str(&format!(
                                "  {:<8} {}  {}{}{}\n",
                                r.severity.to_uppercase(),
                                r.policy_id,
                                r.resource,
                                r.region
                                    .as_deref()
                                    .map(|x| format!("  {x}"))
                                    .unwrap_or_default(),
                                if title == "Resolved" {
                                    format!("  now {}", r.now)
                                } else {
                                    String::new()
                                }
                            ));
                        }
                    }
                    s
                }
            };
            write_output(None, out.as_bytes())?;
            Ok(ExitCode::Clean)
        }
        StoreCommand::List { store, format } => {
            let scans = comply::store::Store::open(&store)?.scans()?;
            let out = match format {
                ListFormat::Json => json_text(&scans),
                ListFormat::Table => {
                    let mut t = comfy_table::Table::new();
                    t.load_preset(comfy_table::presets::ASCII_MARKDOWN);
                    t.set_header(["scan", "scanned at", "outcome", "changes", "hash"]);
                    for s in &scans {
                        t.add_row([
                            s.seq.to_string(),
                            s.scanned_at.clone(),
                            s.outcome.clone(),
                            s.changes.to_string(),
                            s.hash.chars().take(16).collect(),
                        ]);
                    }
                    format!("{t}\n")
                }
            };
            write_output(None, out.as_bytes())?;
            Ok(ExitCode::Clean)
        }
    }
}

/// The terminal's facts for the table: box drawing and colour on a terminal only (never with
/// `NO_COLOR`), the width from `COLUMNS`, else the terminal, else the renderer's default.
fn render_options(all: bool, output: &Option<PathBuf>) -> RenderOptions {
    let terminal = output.is_none() && std::io::stdout().is_terminal();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|c| *c > 0);
    let width = columns
        .or_else(|| {
            terminal
                .then(|| terminal_size::terminal_size_of(std::io::stdout()))
                .flatten()
                .map(|(w, _)| w.0 as usize)
        })
        .unwrap_or(0);
    RenderOptions {
        all,
        terminal,
        width,
        colour: terminal && !no_color,
    }
}

/// `comply report --framework`: the compliance view of these frameworks only. Findings stay
/// (a finding mapped to a kept framework still names its other controls).
fn keep_frameworks(report: &mut reports::Report, ids: &[String]) -> Result<(), Error> {
    if ids.is_empty() {
        return Ok(());
    }
    for id in ids {
        if !report.frameworks.iter().any(|f| &f.id == id) {
            let have: Vec<&str> = report.frameworks.iter().map(|f| f.id.as_str()).collect();
            return Err(Error::Usage(format!(
                "`--framework`: `{id}` is not in this report (hint: it has {})",
                if have.is_empty() {
                    "none: scanned before comply recorded frameworks".to_string()
                } else {
                    format!("`{}`", have.join("`, `"))
                }
            )));
        }
    }
    report.frameworks.retain(|f| ids.contains(&f.id));
    Ok(())
}

/// ASFF needs an account for every finding; a plan's have none unless the scope has one.
fn warn_left_out(report: &reports::Report, format: OutputFormat) {
    if !matches!(format, OutputFormat::Asff) {
        return;
    }
    let defaults = reports::asff::AsffDefaults::of(report);
    let (_, left_out) = reports::asff::findings(report, &defaults);
    if !left_out.is_empty() {
        eprintln!(
            "warning: {} findings name no AWS account and are left out of the ASFF (hint: `comply export securityhub REPORT --account ID` files them under one)",
            left_out.len()
        );
    }
}

/// A report rendered straight into the output file (or standard output), through a buffer.
fn write_report(
    path: Option<&PathBuf>,
    report: &reports::Report,
    format: Format,
    options: RenderOptions,
) -> Result<(), Error> {
    match path {
        Some(path) => {
            let failed = |source| Error::Output {
                file: path.display().to_string(),
                source,
            };
            let file = std::fs::File::create(path).map_err(failed)?;
            let mut out = std::io::BufWriter::with_capacity(1 << 20, file);
            reports::write(report, format, options, &mut out).map_err(failed)?;
            out.flush().map_err(failed)
        }
        None => {
            let mut out = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
            // A closed pipe (`| head`) is not an error worth a message.
            let _ = reports::write(report, format, options, &mut out).and_then(|_| out.flush());
            Ok(())
        }
    }
}

fn write_output(path: Option<&PathBuf>, bytes: &[u8]) -> Result<(), Error> {
    match path {
        Some(path) => std::fs::write(path, bytes).map_err(|source| Error::Output {
            file: path.display().to_string(),
            source,
        }),
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth a message.
            let _ = out.write_all(bytes).and_then(|_| out.flush());
            Ok(())
        }
    }
}

impl From<OutputFormat> for Format {
    fn from(f: OutputFormat) -> Format {
        match f {
            OutputFormat::Table => Format::Table,
            OutputFormat::Json => Format::Json,
            OutputFormat::Sarif => Format::Sarif,
            OutputFormat::Junit => Format::Junit,
            OutputFormat::Summary => Format::Summary,
            OutputFormat::Codequality => Format::CodeQuality,
            OutputFormat::Asff => Format::Asff,
            OutputFormat::Html => Format::Html,
            OutputFormat::Markdown => Format::Markdown,
            OutputFormat::Csv => Format::Csv,
            OutputFormat::Ocsf => Format::Ocsf,
        }
    }
}

fn scan_options(args: ScanArgs) -> Result<ScanOptions, Error> {
    let fail_on = if args.soft_fail {
        Some(GateFailOn::Never)
    } else {
        args.fail_on.map(|f| match f {
            FailOn::Critical => GateFailOn::At(Severity::Critical),
            FailOn::High => GateFailOn::At(Severity::High),
            FailOn::Medium => GateFailOn::At(Severity::Medium),
            FailOn::Low => GateFailOn::At(Severity::Low),
            FailOn::Info => GateFailOn::At(Severity::Info),
            FailOn::None => GateFailOn::Never,
        })
    };
    let as_of = match args.as_of.as_deref() {
        None => None,
        Some(s) => Some(Date::parse(s).ok_or_else(|| {
            Error::Usage(format!(
                "`--as-of`: `{s}` is not a date (hint: `YYYY-MM-DD`)"
            ))
        })?),
    };
    let live = if args.aws {
        if args
            .aggregator
            .as_deref()
            .is_some_and(|a| a.trim().is_empty())
        {
            return Err(Error::Usage(
                "`--aggregator` is empty (hint: `--aggregator NAME`, as `aws configservice \
                 describe-configuration-aggregators` lists them)"
                    .into(),
            ));
        }
        let regions = match args.regions.as_deref() {
            None => Vec::new(),
            // An aggregator's sources decide which regions exist: no filter.
            Some("all") if args.aggregator.is_some() => Vec::new(),
            Some("all") => comply::load::live::DEFAULT_REGIONS
                .iter()
                .map(|r| r.to_string())
                .collect(),
            Some(list) => {
                let mut regions: Vec<String> = list
                    .split(',')
                    .map(|r| r.trim().to_string())
                    .filter(|r| !r.is_empty())
                    .collect();
                if regions.is_empty() {
                    return Err(Error::Usage(
                        "`--regions` is empty (hint: `--regions eu-west-1,us-east-1` or `all`)"
                            .into(),
                    ));
                }
                if let Some(bad) = regions.iter().find(|r| !comply::aws::is_region(r)) {
                    return Err(Error::Usage(format!(
                        "`--regions`: `{bad}` is not an AWS region name (hint: `eu-west-1`, \
                         `us-gov-west-1`; or `all`)"
                    )));
                }
                // The same region twice would judge its resources twice.
                regions.sort();
                regions.dedup();
                regions
            }
        };
        Some(comply::load::live::LiveOptions {
            regions,
            aggregator: args.aggregator.map(|a| a.trim().to_string()),
            profile: args.profile,
            endpoint_url: args.endpoint_url,
            concurrency: args.concurrency as usize,
            max_attempts: args.max_attempts,
            attempt_timeout: Duration::from_secs(args.attempt_timeout),
            progress: !args.quiet && std::io::stderr().is_terminal(),
            deadline: args.deadline,
        })
    } else {
        None
    };
    Ok(ScanOptions {
        live,
        inputs: args.inputs,
        policy_dirs: args.policy_dirs,
        config: args.config,
        fail_on,
        policy_timeout: Duration::from_millis(args.policy_timeout_ms),
        select: Asked {
            policies: args.policies,
            skip: args.skip_policies,
            frameworks: args.frameworks,
            min_severity: args.severity.map(MinSeverity::severity),
            changed_only: args.changed_only,
        },
        baseline: args.baseline,
        source_dir: args.source_dir,
        max_waiver_days: args.max_waiver_days,
        as_of,
    })
}
