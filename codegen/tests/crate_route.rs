//! `--crate`: the committed sample crate (`tests/sample-models`) is exactly what the generator
//! writes today, and the crate files are well formed.

use graph_resource_codegen::{generate, CrateOptions, Options};

/// The command `tests/sample-models/README.md` records; the test regenerates with the same.
const ROOTS: &[&str] = &[
    "microsoft.graph.user",
    "microsoft.graph.group",
    "microsoft.graph.directoryRole",
    "microsoft.graph.administrativeUnit",
    "microsoft.graph.cloudCommunications",
];

#[test]
fn the_sample_models_crate_is_what_the_generator_writes() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let csdl = std::fs::read_to_string(root.join("codegen/tests/data/graph-v1.0.xml")).unwrap();
    let options = Options {
        roots: ROOTS.iter().map(|r| (*r).to_owned()).collect(),
        source: Some("graph-v1.0.xml".into()),
        features: true,
        ..Options::default()
    };
    let generated = generate(&csdl, &options).unwrap();
    let mut krate = CrateOptions::new("graph-resource-sample-models");
    krate.runtime = "{ path = \"../../runtime\" }".into();
    let mut command = String::from(
        "graph-resource-codegen --csdl codegen/tests/data/graph-v1.0.xml --out tests/sample-models \
         --crate graph-resource-sample-models --runtime-path runtime",
    );
    for r in ROOTS {
        command.push_str(" --type ");
        command.push_str(r);
    }
    krate.generated_by = command;
    let dir = root.join("tests/sample-models");
    let files = generated.crate_files(&krate).unwrap();
    let mut on_disk: Vec<String> = std::fs::read_dir(dir.join("src"))
        .unwrap()
        .map(|e| format!("src/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    on_disk.extend(["Cargo.toml".to_owned(), "README.md".to_owned()]);
    on_disk.sort();
    let mut written: Vec<String> = files.iter().map(|(f, _)| f.clone()).collect();
    written.sort();
    assert_eq!(written, on_disk, "files of tests/sample-models");
    for (name, code) in &files {
        let disk = std::fs::read_to_string(dir.join(name)).unwrap();
        assert!(
            disk == *code,
            "tests/sample-models/{name} differs from what the generator writes: run the command \
             in tests/sample-models/README.md"
        );
    }
    assert!(generated.counts.families > 0);
}

#[test]
fn crate_names_are_checked() {
    let csdl = r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
      <Schema Namespace="microsoft.graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
        <EntityType Name="entity" Abstract="true"><Property Name="id" Type="Edm.String" /></EntityType>
      </Schema></edmx:DataServices></edmx:Edmx>"#;
    let generated = generate(csdl, &Options::default()).unwrap();
    for bad in ["", "9lives", "my models", "a/b", "ü"] {
        let err = generated.crate_files(&CrateOptions::new(bad)).unwrap_err();
        assert!(err.to_string().contains("package name"), "{bad:?}: {err}");
    }
    let files = generated
        .crate_files(&CrateOptions::new("graph_models-v1"))
        .unwrap();
    let cargo = &files[0].1;
    assert!(cargo.contains("graph-resource = \"0.1.0\"\nserde = \"1\"\nserde_json = \"1\"\n"));
    assert!(!cargo.contains("[workspace]"));
}
