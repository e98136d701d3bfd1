use crate::Report;
pub fn render(_r: &Report) -> String {
    String::new()
}
