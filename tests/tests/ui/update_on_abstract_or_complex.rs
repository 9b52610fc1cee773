use graph_resource::models::*;

fn main() {
    // Abstract and complex types have no requests of their own.
    let _ = Entity::update();
    let _ = ResultInfo::update();
    let _ = ResultInfo::diff(&ResultInfo::default(), &ResultInfo::default());
    let _ = Entity::list();
    let _ = ResultInfo::delete();
}
