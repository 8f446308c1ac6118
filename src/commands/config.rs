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

pub async fn run(ctx: &Ctx) -> Result<()> {
    let mut rows: Vec<SettingOut> = ctx
        .settings
        .describe()
        .into_iter()
        .map(|(setting, (value, source))| SettingOut {
            setting: setting.to_string(),
            value,
            source,
        })
        .collect();
    if let Some(cluster) = citus_cluster(ctx).await {
        rows.push(SettingOut {
            setting: "cluster".into(),
            value: cluster.describe(),
            source: "database".into(),
        });
    }
    ctx.printer.list(&rows).map_err(io)
}

/// The Citus cluster behind a configured database, when there is one and it answers
/// within a second (`config` never starts the local cluster and never fails on an
/// unreachable server: it prints the settings all the same).
async fn citus_cluster(ctx: &Ctx) -> Option<crate::citus::ClusterInfo> {
    let s = &ctx.settings;
    if s.database_url.is_none() && s.libpq_env.is_empty() {
        return None;
    }
    let opts = ctx.connect_options(false).await.ok()?;
    let timeout = s
        .connect_timeout
        .value
        .min(std::time::Duration::from_secs(1));
    let mut conn = crate::db::connect(&opts, timeout).await.ok()?;
    let mut tx = crate::db::begin(&mut conn, crate::db::Isolation::ReadCommitted)
        .await
        .ok()?;
    crate::citus::info(&mut tx).await.ok().flatten()
}
