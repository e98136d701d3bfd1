//! Builtins whose cost a policy chooses with one argument, bounded. regorus' `numbers.range`
//! reserves the whole array before it looks at the clock, so `numbers.range(1, 1e11)` in a
//! user policy would exhaust memory (or abort on the failed allocation) inside one call, where
//! the per-evaluation time limit cannot stop it. The interpreter looks up extensions before its
//! builtins, so these replace regorus' own in every engine, with the same results within the
//! bound and an error past it (an error is a verdict of its own, never a pass).

use anyhow::{bail, Result};
use regorus::{Engine, Value};

/// The most numbers one `numbers.range` or `numbers.range_step` call may make: far more than a
/// policy over one resource needs (every port is 65,536), little enough memory to stay cheap.
pub const MAX_RANGE: i64 = 1_000_000;

/// Replaces the unbounded builtins of `engine` with bounded ones.
pub fn install(engine: &mut Engine) -> crate::error::Result<()> {
    let add = |engine: &mut Engine, name: &str, nargs: u8, f: Box<dyn regorus::Extension>| {
        engine
            .add_extension(name.to_string(), nargs, f)
            .map_err(|e| crate::error::Error::Policy(format!("cannot bound builtin `{name}`: {e}")))
    };
    add(
        engine,
        "numbers.range",
        2,
        Box::new(|args: Vec<Value>| {
            let (a, b) = (
                integer(&args, 0, "numbers.range")?,
                integer(&args, 1, "numbers.range")?,
            );
            range(a, b, 1, "numbers.range")
        }),
    )?;
    add(
        engine,
        "numbers.range_step",
        3,
        Box::new(|args: Vec<Value>| {
            let name = "numbers.range_step";
            let (a, b, step) = (
                integer(&args, 0, name)?,
                integer(&args, 1, name)?,
                integer(&args, 2, name)?,
            );
            if step <= 0 {
                bail!("{name}: step must be a positive integer, not {step}");
            }
            range(a, b, step, name)
        }),
    )
}

fn integer(args: &[Value], i: usize, name: &str) -> Result<i64> {
    match args.get(i) {
        Some(v) => match v
            .as_number()
            .ok()
            .and_then(|n| if n.is_integer() { n.as_i64() } else { None })
        {
            Some(n) => Ok(n),
            None => bail!("{name}: operand {} must be an integer", i + 1),
        },
        None => bail!("{name}: operand {} is missing", i + 1),
    }
}

/// `a` to `b` inclusive in steps of `step`, downward when `b < a`, as regorus and OPA count.
fn range(a: i64, b: i64, step: i64, name: &str) -> Result<Value> {
    let span = (i128::from(b) - i128::from(a)).abs();
    let count = span / i128::from(step) + 1;
    if count > i128::from(MAX_RANGE) {
        bail!(
            "{name}({a}, {b}) would make {count} numbers; comply allows at most {MAX_RANGE} in one call"
        );
    }
    let down = b < a;
    let values: Vec<Value> = (0..count as i64)
        .map(|k| Value::from(if down { a - k * step } else { a + k * step }))
        .collect();
    Ok(Value::from(values))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(v: &Value) -> Vec<i64> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_i64().unwrap())
            .collect()
    }

    #[test]
    fn ranges_count_as_regorus_does() {
        assert_eq!(ints(&range(1, 4, 1, "r").unwrap()), [1, 2, 3, 4]);
        assert_eq!(ints(&range(4, 1, 1, "r").unwrap()), [4, 3, 2, 1]);
        assert_eq!(ints(&range(2, 2, 1, "r").unwrap()), [2]);
        assert_eq!(ints(&range(0, 10, 3, "r").unwrap()), [0, 3, 6, 9]);
        assert_eq!(ints(&range(10, 0, 4, "r").unwrap()), [10, 6, 2]);
    }

    #[test]
    fn past_the_bound_is_an_error_not_an_allocation() {
        let err = range(1, 100_000_000_000, 1, "numbers.range")
            .unwrap_err()
            .to_string();
        assert!(err.contains("would make 100000000000 numbers"), "{err}");
        let err = range(i64::MIN, i64::MAX, 1, "numbers.range")
            .unwrap_err()
            .to_string();
        assert!(err.contains("at most 1000000"), "{err}");
        assert!(range(0, MAX_RANGE - 1, 1, "r").is_ok());
    }
}
