//! Secrets out of every output. Sensitive plan values never enter the model (the loaders read
//! them as absent); this is the second line: text that looks like a credential wherever it came
//! from (a tag value, a description, a name, an error quoting its input) and the credentials
//! this process was given are replaced before a report is rendered, stored or sent, and before
//! an error is printed. Renderers see only the `Report`, so redacting the report covers every
//! format, the evidence store and Security Hub.

use crate::report::{Evidence, Finding, Report};
use rayon::prelude::*;
use regex::Regex;
use std::borrow::Cow;

/// What a secret is replaced with.
pub const MARK: &str = "(redacted)";

/// Patterns of credentials with a recognizable shape (AWS key ids, AWS secret keys next to
/// their name, PEM private keys, GitHub, GitLab and Slack tokens, JWTs). Each begins with a
/// literal, so a scan of text without one is a fast literal search.
const PATTERNS: &[&str] = &[
    // AWS access key ids: long-term (AKIA), temporary (ASIA) and the other documented prefixes.
    r"\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z2-7]{16}\b",
    // An AWS secret access key written next to its name (40 characters of base64).
    r#"(?i)(?:aws_?secret_?access_?key|secret_?access_?key|aws_?secret)["'\s]*[:=]\s*["']?[A-Za-z0-9/+]{40}"#,
    // PEM private keys, to their end marker or the end of the text.
    r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----(?s:.*?)(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|\z)",
    // GitHub tokens (classic and fine-grained), GitLab personal tokens, Slack tokens.
    r"\bgh[pousr]_[A-Za-z0-9]{36,}",
    r"\bgithub_pat_[A-Za-z0-9_]{40,}",
    r"\bglpat-[A-Za-z0-9_-]{20,}",
    r"\bxox[abposr]-[A-Za-z0-9-]{10,}",
    // JSON Web Tokens: a header and a payload that are both base64url JSON objects.
    r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*",
];

/// Environment variables whose values are credentials comply may hold while it runs.
const SECRET_VARIABLES: &[&str] = &[
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_SECURITY_TOKEN",
    "AWS_ACCESS_KEY_ID",
];

/// Variables holding a URL whose password is a secret (the rest of it names a server, which an
/// error should show).
const URL_VARIABLES: &[&str] = &["COMPLY_POSTGRES_URL", "DATABASE_URL"];

/// Finds and replaces secrets in text.
pub struct Redactor {
    re: Regex,
}

impl Redactor {
    /// The patterns above and the exact values of `literals` (values shorter than 8 characters
    /// are ignored: they would replace ordinary words).
    pub fn new<S: AsRef<str>>(literals: &[S]) -> Redactor {
        let mut alternatives: Vec<String> = PATTERNS.iter().map(|p| format!("(?:{p})")).collect();
        let mut literals: Vec<&str> = literals
            .iter()
            .map(AsRef::as_ref)
            .filter(|l| l.chars().count() >= 8)
            .collect();
        // Longest first, so a value that contains another is replaced whole.
        literals.sort_by_key(|l| std::cmp::Reverse(l.len()));
        alternatives.extend(literals.iter().map(|l| regex::escape(l)));
        let re = Regex::new(&alternatives.join("|")).expect("the secret patterns compile");
        Redactor { re }
    }

    /// The patterns and the credentials in this process's environment.
    pub fn from_env() -> Redactor {
        let mut values: Vec<String> = SECRET_VARIABLES
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .collect();
        values.extend(
            URL_VARIABLES
                .iter()
                .filter_map(|v| std::env::var(v).ok())
                .filter_map(|url| url_password(&url).map(str::to_string)),
        );
        Redactor::new(&values)
    }

    /// `text` with every secret replaced by [`MARK`]; borrowed when there is none.
    pub fn text<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.re.replace_all(text, MARK)
    }

    fn string(&self, s: &mut String) {
        if let Cow::Owned(clean) = self.text(s) {
            *s = clean;
        }
    }

    fn option(&self, s: &mut Option<String>) {
        if let Some(s) = s {
            self.string(s);
        }
    }

    /// Every string of `report` that comes from an input, a source or a server (policy texts
    /// and framework catalogs are the bundle's own). Findings in parallel: a million Config
    /// items make millions of them.
    pub fn report(&self, report: &mut Report) {
        let Report {
            tool: _,
            summary: _,
            inputs,
            policy_bundle_sha256: _,
            errors,
            findings,
            evidence,
            policies: _,
            selection: _,
            as_of: _,
            waivers,
            baseline,
            scope,
            frameworks: _,
        } = report;
        inputs.iter_mut().for_each(|i| self.string(&mut i.file));
        errors.iter_mut().for_each(|e| self.string(e));
        findings.par_iter_mut().for_each(|f| self.finding(f));
        evidence.iter_mut().for_each(|e| self.evidence(e));
        for w in waivers {
            let w = &mut w.waiver;
            self.string(&mut w.resource);
            self.string(&mut w.reason);
            self.option(&mut w.approved_by);
            self.option(&mut w.ticket);
            self.string(&mut w.origin);
        }
        if let Some(b) = baseline {
            self.string(&mut b.file);
            for e in &mut b.resolved {
                self.string(&mut e.resource);
                self.option(&mut e.account);
            }
        }
        scope.accounts.iter_mut().for_each(|a| self.string(a));
        scope.regions.iter_mut().for_each(|r| self.string(r));
        if let Some(s) = &mut scope.settings {
            self.string(&mut s.file);
        }
    }

    fn finding(&self, f: &mut Finding) {
        let Finding {
            policy_id: _,
            title: _,
            status: _,
            severity: _,
            resource,
            kind,
            region,
            account,
            themes: _,
            controls: _,
            message,
            remediation: _,
            location,
            unknown,
            source,
            waiver,
            baselined: _,
            changed_by,
        } = f;
        self.string(resource);
        self.string(kind);
        self.option(region);
        self.option(account);
        self.string(message);
        self.string(&mut location.file);
        unknown.iter_mut().for_each(|u| self.string(u));
        if let Some(s) = source {
            self.string(&mut s.file);
        }
        if let Some(w) = waiver {
            self.string(&mut w.resource);
            self.string(&mut w.reason);
            self.option(&mut w.approved_by);
            self.option(&mut w.ticket);
        }
        if let Some(c) = changed_by {
            self.option(&mut c.principal);
            self.option(&mut c.source_ip);
            self.string(&mut c.event_name);
        }
    }

    fn evidence(&self, e: &mut Evidence) {
        self.string(&mut e.resource);
        self.option(&mut e.resource_type);
        self.option(&mut e.title);
        self.option(&mut e.detail);
        self.string(&mut e.check);
    }
}

/// `text` redacted with [`Redactor::from_env`], made once per process: for messages and log
/// lines.
pub fn clean(text: &str) -> Cow<'_, str> {
    static REDACTOR: std::sync::OnceLock<Redactor> = std::sync::OnceLock::new();
    REDACTOR.get_or_init(Redactor::from_env).text(text)
}

/// `pw` of `scheme://user:pw@host/...`.
fn url_password(url: &str) -> Option<&str> {
    let (_, rest) = url.split_once("://")?;
    let (auth, _) = rest.rsplit_once('@')?;
    Some(auth.split_once(':')?.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_of_credentials_are_replaced() {
        let r = Redactor::new::<&str>(&[]);
        for secret in [
            "AKIAIOSFODNN7EXAMPLE",
            "ASIAY34FZKBOKMUTVV7A",
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----",
            "ghp_0123456789abcdefghijABCDEFGHIJ012345",
            "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWX",
            "glpat-0123456789abcdefghij",
            "xoxb-1234567890-abcdefghij",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        ] {
            let text = format!("tag `{secret}` on bucket");
            let out = r.text(&text);
            assert_eq!(out, format!("tag `{MARK}` on bucket"), "{secret}");
        }
    }

    #[test]
    fn a_private_key_cut_short_is_replaced_to_the_end() {
        let r = Redactor::new::<&str>(&[]);
        let text = "key: -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA";
        assert_eq!(r.text(text), format!("key: {MARK}"));
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        let r = Redactor::new(&["short"]);
        for text in [
            "arn:aws:iam::123456789012:role/AKIA",
            "sg-0123456789abcdef0 allows 0.0.0.0/0 on port 22",
            "fingerprint 3f786850e387550fdab836ed7e6dc881de23001b",
            "a short word",
            "module.db.aws_db_instance.main[\"eu-west-1\"]",
        ] {
            assert!(matches!(r.text(text), Cow::Borrowed(_)), "{text}");
        }
    }

    #[test]
    fn a_database_url_gives_its_password() {
        assert_eq!(
            url_password("postgres://comply:pw-123@db:5432/x"),
            Some("pw-123")
        );
        assert_eq!(url_password("postgres://comply@db/x"), None);
    }

    #[test]
    fn given_values_are_replaced_exactly() {
        let r = Redactor::new(&["s3cr3t-value-from-env", "s3cr3t-value"]);
        assert_eq!(r.text("x s3cr3t-value-from-env y"), format!("x {MARK} y"));
        assert_eq!(r.text("x s3cr3t-value y"), format!("x {MARK} y"));
    }
}
