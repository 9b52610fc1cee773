use graph_resource::models::*;
use graph_resource::prelude::*;

fn main() {
    // `resultInfo` is a complex type: it has no identity and no create request.
    let _ = ResultInfo::create();
}
