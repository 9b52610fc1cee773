//! `--extern`: a fragment over another crate's namespaces (the generator's input for an
//! extension crate) is generated against the document that declares them.

use graph_resource_codegen::{generate, Extern, Options};

const GRAPH: &str = r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
  <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
    <EntityType Name="entity" Abstract="true"><Key><PropertyRef Name="id" /></Key><Property Name="id" Type="Edm.String" Nullable="false" /></EntityType>
    <EntityType Name="directoryObject" BaseType="graph.entity" OpenType="true">
      <Property Name="deletedDateTime" Type="Edm.DateTimeOffset" />
      <Property Name="flags" Type="graph.kinds" />
    </EntityType>
    <EntityType Name="user" BaseType="graph.directoryObject">
      <Property Name="displayName" Type="Edm.String" />
      <Property Name="info" Type="graph.info" />
    </EntityType>
    <ComplexType Name="info"><Property Name="code" Type="Edm.Int32" /></ComplexType>
    <EnumType Name="kinds" IsFlags="true"><Member Name="a" Value="1" /><Member Name="b" Value="2" /></EnumType>
    <EntityContainer Name="GraphService">
      <EntitySet Name="users" EntityType="graph.user" />
      <EntitySet Name="directoryObjects" EntityType="graph.directoryObject" />
    </EntityContainer>
  </Schema>
  <Schema Namespace="microsoft.graph.security" xmlns="http://docs.oasis-open.org/odata/ns/edm">
    <ComplexType Name="note"><Property Name="text" Type="Edm.String" /></ComplexType>
  </Schema>
</edmx:DataServices></edmx:Edmx>"#;

const FRAGMENT: &str = r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
  <Schema Namespace="contoso" xmlns="http://docs.oasis-open.org/odata/ns/edm">
    <EntityType Name="device" BaseType="microsoft.graph.directoryObject">
      <Property Name="info" Type="microsoft.graph.info" />
      <Property Name="note" Type="microsoft.graph.security.note" />
      <Property Name="kinds" Type="graph.kinds" />
      <NavigationProperty Name="owner" Type="microsoft.graph.user" />
    </EntityType>
    <EntityType Name="kiosk" BaseType="contoso.device" />
    <EntityType Name="badge" BaseType="microsoft.graph.user" />
    <EntityContainer Name="ContosoService">
      <EntitySet Name="devices" EntityType="contoso.device" />
    </EntityContainer>
  </Schema>
</edmx:DataServices></edmx:Edmx>"#;

fn options() -> Options {
    Options {
        externs: vec!["microsoft.graph=::models::graph".parse().unwrap()],
        extern_csdl: Some(GRAPH.to_owned()),
        ..Options::default()
    }
}

#[test]
fn a_fragment_builds_on_the_other_crates_types() {
    let generated = generate(FRAGMENT, &options()).unwrap();
    let stems: Vec<&str> = generated.modules.iter().map(|m| m.stem.as_str()).collect();
    assert_eq!(
        stems,
        ["contoso"],
        "only the fragment's namespace is written"
    );
    let code = &generated.modules[0].code;
    for expected in [
        "inherits = ::models::graph::DirectoryObject",
        "inherits = ::models::graph::User",
        "pub info: Option<::models::graph::Info>,",
        // Another namespace of the extern document: beside the path given.
        "pub note: Option<::models::security::Note>,",
        // The extern document says it is a flags enum.
        "pub kinds: Option<::graph_resource::Flags<::models::graph::Kinds>>,",
        "pub owner: Option<Box<::models::graph::User>>,",
        // Their families, extended with the fragment's types (both of directoryObject's
        // descendants here, and badge in the family of user).
        "#[graph_family(base = ::models::graph::DirectoryObject)]\npub enum AnyDirectoryObject {\n    Device(Device),\n    Kiosk(Kiosk),\n    Badge(Badge),\n    #[graph(extends)]\n    Extended(::models::graph::AnyDirectoryObject),\n}",
        "#[graph_container(extends = ::models::graph::GraphService)]\npub struct ContosoService {\n    pub devices: Vec<Device>,\n}",
    ] {
        assert!(code.contains(expected), "missing {expected:?} in\n{code}");
    }
    // `user` has no descendant in their document: they have no `AnyUser` to extend.
    assert!(!code.contains("AnyUser"), "{code}");
    assert_eq!(generated.counts.entities, 3);
}

#[test]
fn mistakes_are_errors_that_say_what_to_do() {
    let bare = generate(FRAGMENT, &Options::default())
        .unwrap_err()
        .to_string();
    assert!(
        bare.contains("`microsoft.graph.directoryObject` is neither in the document"),
        "{bare}"
    );
    let no_doc = Options {
        extern_csdl: None,
        ..options()
    };
    let e = generate(FRAGMENT, &no_doc).unwrap_err().to_string();
    assert!(e.contains("--extern needs --extern-csdl"), "{e}");
    let wrong_ns = Options {
        externs: vec!["contoso.other=::x".parse().unwrap()],
        ..options()
    };
    let e = generate(FRAGMENT, &wrong_ns).unwrap_err().to_string();
    assert!(e.contains("no type of that namespace"), "{e}");
    for bad in [
        "microsoft.graph",
        "=::x",
        "microsoft.graph=a b",
        "microsoft.graph=::",
    ] {
        let e = bad.parse::<Extern>().unwrap_err().to_string();
        assert!(e.contains("expected NAMESPACE=PATH"), "{bad}: {e}");
    }
}
