//! Navigation, operations and the container, read from CSDL and written as declarations.

use graph_resource_codegen::{generate, Csdl, Options};

const DOC: &str = r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
<Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
  <EntityType Name="entity" Abstract="true"><Property Name="id" Type="Edm.String" /></EntityType>
  <EntityType Name="directoryObject" BaseType="graph.entity" />
  <EntityType Name="user" BaseType="graph.directoryObject">
    <Property Name="displayName" Type="Edm.String" />
    <NavigationProperty Name="manager" Type="graph.directoryObject" />
    <NavigationProperty Name="messages" Type="Collection(graph.message)" ContainsTarget="true" />
  </EntityType>
  <EntityType Name="message" BaseType="graph.entity"><Property Name="subject" Type="Edm.String" /></EntityType>
  <ComplexType Name="reminder"><Property Name="eventId" Type="Edm.String" /></ComplexType>
  <EntityType Name="subscription" BaseType="graph.entity"><Property Name="clientState" Type="Edm.String" /></EntityType>
  <Action Name="sendMail" IsBound="true">
    <Parameter Name="bindingParameter" Type="graph.user" />
    <Parameter Name="Message" Type="graph.message" Nullable="false" />
    <Parameter Name="SaveToSentItems" Type="Edm.Boolean" />
  </Action>
  <Function Name="reminderView" IsBound="true">
    <Parameter Name="bindingparameter" Type="graph.user" />
    <Parameter Name="StartDateTime" Type="Edm.String" Nullable="false" />
    <Parameter Name="EndDateTime" Type="Edm.String" />
    <ReturnType Type="Collection(graph.reminder)" Nullable="false" />
  </Function>
  <Function Name="delta" IsBound="true">
    <Parameter Name="bindingParameter" Type="Collection(graph.user)" />
    <ReturnType Type="Collection(graph.user)" />
  </Function>
  <Function Name="delta" IsBound="true">
    <Parameter Name="bindingParameter" Type="Collection(graph.message)" />
    <ReturnType Type="Collection(graph.message)" />
  </Function>
  <Function Name="reminderView" IsBound="true">
    <Parameter Name="bindingparameter" Type="graph.user" />
    <Parameter Name="Other" Type="Edm.Int32" />
    <ReturnType Type="Edm.Boolean" />
  </Function>
  <Action Name="unbound"><Parameter Name="x" Type="Edm.String" /></Action>
  <EntityContainer Name="GraphService">
    <EntitySet Name="users" EntityType="microsoft.graph.user" />
    <EntitySet Name="directoryObjects" EntityType="microsoft.graph.directoryObject" />
    <Singleton Name="me" Type="microsoft.graph.user" />
    <EntitySet Name="subscriptions" EntityType="microsoft.graph.subscription" />
  </EntityContainer>
</Schema></edmx:DataServices></edmx:Edmx>"#;

fn graph(options: &Options) -> String {
    let generated = generate(DOC, options).unwrap();
    generated
        .modules
        .iter()
        .find(|m| m.ident == "graph")
        .unwrap()
        .code
        .clone()
}

#[test]
fn operations_navigation_and_container_are_written() {
    let code = graph(&Options::default());
    assert!(code.contains(
        "#[graph_resource(inherits = DirectoryObject)]\n#[graph_operations(\n    action sendMail(ops::user::SendMail),\n    function reminderView(ops::user::ReminderView) -> [Reminder],\n    collection function delta -> [User],\n)]\npub struct User {"
    ), "{code}");
    assert!(
        code.contains("    #[graph(navigation)]\n    pub manager: Option<Box<DirectoryObject>>,")
    );
    assert!(code.contains("    #[graph(navigation)]\n    pub messages: Option<Vec<Message>>,"));
    // Parameters with their declared wire names; non-nullable ones not optional.
    assert!(code.contains(
        "        #[graph_params]\n        pub struct SendMail {\n            #[graph(rename = \"Message\")]\n            pub message: super::super::Message,\n            #[graph(rename = \"SaveToSentItems\")]\n            pub save_to_sent_items: Option<bool>,\n        }"
    ), "{code}");
    assert!(code.contains("pub start_date_time: String,"));
    // The container, as a trait of `Graph`.
    assert!(code.contains("#[graph_container]\npub struct GraphService {\n    pub users: Vec<User>,\n    pub directory_objects: Vec<DirectoryObject>,\n    pub me: User,\n"));
    // The webhook's shared secret is secret.
    assert!(code.contains("    #[graph(secret)]\n    pub client_state: Option<String>,"));
    let counts = generate(DOC, &Options::default()).unwrap().counts;
    // `delta` twice (two bindings), `reminderView` overloaded on one binding: the second left out.
    assert_eq!((counts.operations, counts.operations_skipped), (4, 1));
    assert_eq!(counts.container_members, 4);
}

#[test]
fn flags_leave_them_out() {
    let code = graph(&Options {
        no_operations: true,
        no_container: true,
        no_navigation: true,
        ..Options::default()
    });
    for absent in [
        "graph_operations",
        "pub mod ops",
        "graph_container",
        "navigation",
        "manager",
    ] {
        assert!(!code.contains(absent), "{absent}");
    }
    let more_secret = graph(&Options {
        secrets: vec!["microsoft.graph.user/displayName".into()],
        ..Options::default()
    });
    assert!(more_secret.contains("    #[graph(secret)]\n    pub display_name: Option<String>,"));
}

#[test]
fn closures_take_the_operations_types() {
    // `message` only through `sendMail`'s parameter (and navigation, left out here).
    let generated = generate(
        DOC,
        &Options {
            roots: vec!["microsoft.graph.user".into()],
            no_navigation: true,
            ..Options::default()
        },
    )
    .unwrap();
    let code = &generated.modules[0].code;
    assert!(code.contains("pub struct Message {") && code.contains("pub struct Reminder {"));
    let without = generate(
        DOC,
        &Options {
            roots: vec!["microsoft.graph.user".into()],
            no_navigation: true,
            no_operations: true,
            ..Options::default()
        },
    )
    .unwrap();
    assert!(!without.modules[0].code.contains("pub struct Message {"));
}

#[test]
fn the_whole_v1_document_addresses() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/graph-v1.0.xml"
    ))
    .unwrap();
    let csdl = Csdl::parse(&text).unwrap();
    let actions = csdl.operations.iter().filter(|o| o.action).count();
    assert_eq!((actions, csdl.operations.len() - actions), (857, 324));
    let sets = csdl.container.iter().filter(|m| m.set).count();
    assert_eq!((sets, csdl.container.len() - sets), (40, 30));
    let navigation: usize = csdl
        .types
        .iter()
        .map(|t| t.properties.iter().filter(|p| p.navigation).count())
        .sum();
    assert_eq!(navigation, 1432);
    let record = csdl
        .operations
        .iter()
        .find(|o| o.name == "recordResponse")
        .unwrap();
    assert_eq!(record.binding.name, "microsoft.graph.call");
    assert_eq!(record.params.len(), 8);
    assert_eq!(
        record.returns.as_ref().unwrap().name,
        "microsoft.graph.recordOperation"
    );
}

#[test]
fn inherited_properties_of_graph_types_are_restated_with_their_types() {
    let doc = DOC.replace(
        r#"<EntityType Name="directoryObject" BaseType="graph.entity" />"#,
        r#"<EntityType Name="directoryObject" BaseType="graph.entity">
             <Property Name="deletedDateTime" Type="Edm.DateTimeOffset" />
             <Property Name="owner" Type="graph.reminder" />
             <Property Name="tags" Type="Collection(Edm.String)" />
           </EntityType>"#,
    );
    let generated = generate(&doc, &Options::default()).unwrap();
    let code = &generated
        .modules
        .iter()
        .find(|m| m.ident == "graph")
        .unwrap()
        .code;
    // `owner` (a Graph type) is restated in the child; the primitives and edm types, which the
    // macro copies as they are, are not.
    assert!(
        code.contains("pub struct User {\n    #[graph(inherited)]\n    pub owner: Option<Reminder>,\n    pub display_name: Option<String>,"),
        "{code}"
    );
    assert!(!code.contains("#[graph(inherited)]\n    pub deleted_date_time"));
    assert!(!code.contains("#[graph(inherited)]\n    pub tags"));
}
