//! regorus' virtual machine judges resources by default and the interpreter is the fallback:
//! on every input fixture of the repository the two give the same findings, so the VM is a
//! faster evaluator of the same policies, not a different one.

use comply::eval::{Evaluator, DEFAULT_POLICY_TIMEOUT};
use comply::policy::Bundle;
use std::path::{Path, PathBuf};

fn jsons(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            jsons(&p, out);
        } else if p.extension().is_some_and(|x| x == "json") {
            out.push(p);
        }
    }
}

#[test]
fn the_vm_and_the_interpreter_agree_on_every_fixture() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    jsons(&root.join("fixtures"), &mut files);
    jsons(&root.join("policies"), &mut files);
    files.sort();
    let bundle = Bundle::load(&[]).unwrap();
    let settings = Default::default();
    let vm = Evaluator::new(&bundle, &settings, DEFAULT_POLICY_TIMEOUT).unwrap();
    let interpreter = Evaluator::new(&bundle, &settings, DEFAULT_POLICY_TIMEOUT)
        .unwrap()
        .interpreter_only();
    let (kinds_on_vm, kinds) = vm.vm_kinds();
    assert_eq!(
        kinds_on_vm, kinds,
        "every built-in kind compiles for the VM"
    );
    assert_eq!(interpreter.vm_kinds().0, 0);
    let (mut inputs, mut findings) = (0, 0);
    for file in &files {
        // Fixtures of bad input, reports and schemas are not inputs: they do not load.
        let Ok((mut inventory, _)) = comply::load::load_file(file) else {
            continue;
        };
        inventory.finish(&Default::default());
        let a = vm.evaluate(&inventory);
        let b = interpreter.evaluate(&inventory);
        assert_eq!(a, b, "{}", file.display());
        inputs += 1;
        findings += a.len();
    }
    eprintln!(
        "{inputs} inputs, {findings} findings, {} fallbacks",
        vm.fallbacks()
    );
    assert!(inputs > 100, "only {inputs} fixtures loaded");
    assert!(findings > 1000, "only {findings} findings");
    // The VM finished (nearly) everything itself; what it could not went to the interpreter.
    assert!(
        vm.fallbacks() * 100 < findings,
        "{} fallbacks",
        vm.fallbacks()
    );
}
