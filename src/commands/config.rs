//! `theratime config`: the effective settings and where each came from.

use serde::Serialize;

use super::{Ctx, io};
use crate::error::Result;
use crate::output::Record;

#[derive(Debug, Serialize)]
struct SettingOut {
    setting: String,
    value: String,
    source: String,
}

impl Record for SettingOut {
    fn headers() -> &'static [&'static str] {
        &["setting", "value", "source"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.setting.clone(),
            self.value.clone(),
            self.source.clone(),
        ]
    }
    fn id(&self) -> String {
        self.setting.clone()
    }
}

pub fn run(ctx: &Ctx) -> Result<()> {
    let rows: Vec<SettingOut> = ctx
        .settings
        .describe()
        .into_iter()
        .map(|(setting, (value, source))| SettingOut {
            setting: setting.to_string(),
            value,
            source,
        })
        .collect();
    ctx.printer.list(&rows).map_err(io)
}
