//! Functions that call themselves, directly or through other functions. regorus' interpreter
//! detects a recursive rule but not a recursive function: it recurses on the process stack until
//! the stack overflows, which aborts the whole scan. OPA refuses recursion when it compiles; here
//! the call graph of every function the engine holds is walked once, before anything is judged.
//!
//! Calls are resolved as Rego resolves them: a bare name to the function of the same package, a
//! `data.` path absolutely, a name starting with an import's alias through that import. A call
//! made through a computed reference (`data[x].f`) cannot be resolved statically and is not seen.

use regorus::unstable::{Expr, Literal, Module, Query, Ref, Rule, RuleHead};
use std::collections::{BTreeMap, BTreeSet};

/// A cycle of calls: where its first function is defined, and the chain that returns to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cycle {
    /// The file the first function of the cycle is defined in (as the engine knows it).
    pub file: String,
    pub line: u32,
    /// `pkg.f -> pkg.g -> pkg.f`.
    pub chain: String,
}

struct Function {
    file: String,
    line: u32,
    calls: BTreeSet<String>,
}

/// Every cycle among the functions of `modules`, one per function that starts a cycle, ordered
/// by name.
pub fn cycles(modules: &[Ref<Module>]) -> Vec<Cycle> {
    let mut functions: BTreeMap<String, Function> = BTreeMap::new();
    for module in modules {
        let Some(package) = path(&module.package.refr) else {
            continue;
        };
        let package = package
            .strip_prefix("data.")
            .unwrap_or(&package)
            .to_string();
        let imports: Vec<(String, String)> = module
            .imports
            .iter()
            .filter_map(|i| {
                let full = path(&i.refr)?;
                let alias = match &i.r#as {
                    Some(span) => span.text().to_string(),
                    None => full.rsplit('.').next()?.to_string(),
                };
                Some((alias, full))
            })
            .collect();
        for rule in &module.policy {
            let Rule::Spec { head, bodies, span } = rule.as_ref() else {
                continue;
            };
            let RuleHead::Func {
                refr, args, assign, ..
            } = head
            else {
                continue;
            };
            let Some(name) = path(refr) else { continue };
            let mut calls = Vec::new();
            for a in args {
                expr_calls(a, &mut calls);
            }
            if let Some(a) = assign {
                expr_calls(&a.value, &mut calls);
            }
            for b in bodies {
                if let Some(a) = &b.assign {
                    expr_calls(&a.value, &mut calls);
                }
                query_calls(&b.query, &mut calls);
            }
            let entry = functions
                .entry(format!("{package}.{name}"))
                .or_insert_with(|| Function {
                    file: span.source.file().to_string(),
                    line: span.line,
                    calls: BTreeSet::new(),
                });
            entry
                .calls
                .extend(calls.into_iter().map(|c| resolve(&c, &package, &imports)));
        }
    }
    let mut found = Vec::new();
    for start in functions.keys() {
        if let Some(chain) = cycle_from(start, &functions) {
            let f = &functions[start];
            found.push(Cycle {
                file: f.file.clone(),
                line: f.line,
                chain: chain.join(" -> "),
            });
        }
    }
    found
}

/// A path of calls from `start` back to `start`, if there is one (breadth first: the shortest).
fn cycle_from(start: &str, functions: &BTreeMap<String, Function>) -> Option<Vec<String>> {
    let mut previous: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(at) = queue.pop_front() {
        for next in &functions.get(at)?.calls {
            if next == start {
                // Walk back from the caller of `start` to its first callee, then turn around.
                let mut middle = Vec::new();
                let mut back = at;
                while back != start {
                    middle.push(back.to_string());
                    back = previous[back];
                }
                middle.reverse();
                let mut chain = vec![start.to_string()];
                chain.extend(middle);
                chain.push(start.to_string());
                return Some(chain);
            }
            if functions.contains_key(next.as_str()) && !previous.contains_key(next.as_str()) {
                previous.insert(next, at);
                queue.push_back(next);
            }
        }
    }
    None
}

/// A bare, `data.` or aliased call name as the absolute path of a function.
fn resolve(call: &str, package: &str, imports: &[(String, String)]) -> String {
    if let Some(abs) = call.strip_prefix("data.") {
        return abs.to_string();
    }
    let (head, rest) = call.split_once('.').unwrap_or((call, ""));
    for (alias, full) in imports {
        if alias == head {
            let full = full.strip_prefix("data.").unwrap_or(full);
            return if rest.is_empty() {
                full.to_string()
            } else {
                format!("{full}.{rest}")
            };
        }
    }
    format!("{package}.{call}")
}

/// `a.b.c` for a variable or a chain of dots (and brackets holding a string).
fn path(e: &Ref<Expr>) -> Option<String> {
    match e.as_ref() {
        Expr::Var { value, .. } => Some(value.as_string().ok()?.to_string()),
        Expr::RefDot { refr, field, .. } => {
            Some(format!("{}.{}", path(refr)?, field.1.as_string().ok()?))
        }
        Expr::RefBrack { refr, index, .. } => match index.as_ref() {
            Expr::String { value, .. } => {
                Some(format!("{}.{}", path(refr)?, value.as_string().ok()?))
            }
            _ => None,
        },
        _ => None,
    }
}

fn query_calls(q: &Ref<Query>, out: &mut Vec<String>) {
    for stmt in &q.stmts {
        match &stmt.literal {
            Literal::SomeVars { .. } => {}
            Literal::SomeIn {
                key,
                value,
                collection,
                ..
            } => {
                if let Some(k) = key {
                    expr_calls(k, out);
                }
                expr_calls(value, out);
                expr_calls(collection, out);
            }
            Literal::Expr { expr, .. } | Literal::NotExpr { expr, .. } => expr_calls(expr, out),
            Literal::Every { domain, query, .. } => {
                expr_calls(domain, out);
                query_calls(query, out);
            }
        }
        for w in &stmt.with_mods {
            expr_calls(&w.r#as, out);
        }
    }
}

fn expr_calls(e: &Ref<Expr>, out: &mut Vec<String>) {
    match e.as_ref() {
        Expr::String { .. }
        | Expr::RawString { .. }
        | Expr::Number { .. }
        | Expr::Bool { .. }
        | Expr::Null { .. }
        | Expr::Var { .. } => {}
        Expr::Array { items, .. } | Expr::Set { items, .. } => {
            items.iter().for_each(|i| expr_calls(i, out))
        }
        Expr::Object { fields, .. } => {
            for (_, k, v) in fields {
                expr_calls(k, out);
                expr_calls(v, out);
            }
        }
        Expr::ArrayCompr { term, query, .. } | Expr::SetCompr { term, query, .. } => {
            expr_calls(term, out);
            query_calls(query, out);
        }
        Expr::ObjectCompr {
            key, value, query, ..
        } => {
            expr_calls(key, out);
            expr_calls(value, out);
            query_calls(query, out);
        }
        Expr::Call { fcn, params, .. } => {
            if let Some(p) = path(fcn) {
                out.push(p);
            }
            expr_calls(fcn, out);
            params.iter().for_each(|p| expr_calls(p, out));
        }
        Expr::UnaryExpr { expr, .. } => expr_calls(expr, out),
        Expr::RefDot { refr, .. } => expr_calls(refr, out),
        Expr::RefBrack { refr, index, .. } => {
            expr_calls(refr, out);
            expr_calls(index, out);
        }
        Expr::BinExpr { lhs, rhs, .. }
        | Expr::BoolExpr { lhs, rhs, .. }
        | Expr::ArithExpr { lhs, rhs, .. }
        | Expr::AssignExpr { lhs, rhs, .. } => {
            expr_calls(lhs, out);
            expr_calls(rhs, out);
        }
        Expr::Membership {
            key,
            value,
            collection,
            ..
        } => {
            if let Some(k) = key {
                expr_calls(k, out);
            }
            expr_calls(value, out);
            expr_calls(collection, out);
        }
    }
}
