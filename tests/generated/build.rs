//! The build.rs route: generate the models a library needs from its CSDL file into `OUT_DIR`,
//! then `include!` them (src/lib.rs).

fn main() {
    let csdl_path = "../../codegen/tests/data/graph-v1.0.xml";
    println!("cargo:rerun-if-changed={csdl_path}");
    println!("cargo:rerun-if-changed=build.rs");
    let csdl = std::fs::read_to_string(csdl_path).expect("the CSDL document");
    let options = graph_resource_codegen::Options {
        roots: [
            "microsoft.graph.call",
            "microsoft.graph.changeNotificationCollection",
            "microsoft.graph.cloudCommunications",
            "microsoft.graph.drive",
            "microsoft.graph.chatMessage",
            "microsoft.graph.driveItem",
            "microsoft.graph.event",
            "microsoft.graph.group",
            "microsoft.graph.message",
            "microsoft.graph.participant",
            "microsoft.graph.recordOperation",
            "microsoft.graph.user",
        ]
        .map(String::from)
        .to_vec(),
        source: Some("graph-v1.0.xml".into()),
        ..Default::default()
    };
    let generated = graph_resource_codegen::generate(&csdl, &options).expect("generated");
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out_dir.join("models.rs"), generated.single_file()).expect("written");
    // Families at their ugliest (see the document's comment), and `entity` left to the runtime.
    let families = "families.xml";
    println!("cargo:rerun-if-changed={families}");
    let csdl = std::fs::read_to_string(families).expect("families.xml");
    let options = graph_resource_codegen::Options {
        source: Some(families.into()),
        ..Default::default()
    };
    let generated = graph_resource_codegen::generate(&csdl, &options).expect("generated");
    std::fs::write(out_dir.join("families.rs"), generated.single_file()).expect("written");
}
