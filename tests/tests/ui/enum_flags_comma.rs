use graph_resource::prelude::*;

#[graph_enum(flags)]
pub enum Modality {
    #[graph(rename = "audio,video")]
    AudioVideo,
}

fn main() {}
