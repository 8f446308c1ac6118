//! `theratime local …`: the local PostgreSQL cluster.

use serde::Serialize;

use super::{Ctx, io};
use crate::cli::LocalCmd;
use crate::error::Result;
use crate::local::{Cluster, DATABASE, default_base_dir};
use crate::output::{Record, line};

/// `local status`: the cluster's state and the versions of the running server and of
/// the installed binaries (they differ after a package upgrade under a running server).
#[derive(Serialize)]
struct LocalStatus {
    state: &'static str,
    directory: String,
    server_version: Option<String>,
    binaries_version: Option<String>,
}

impl Record for LocalStatus {
    fn headers() -> &'static [&'static str] {
        &["state", "directory", "server version", "binaries version"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.state.to_string(),
            self.directory.clone(),
            self.server_version.clone().unwrap_or_default(),
            self.binaries_version.clone().unwrap_or_default(),
        ]
    }
    fn id(&self) -> String {
        self.state.to_string()
    }
}

pub async fn run(cmd: LocalCmd, ctx: &Ctx) -> Result<()> {
    let cluster = Cluster::new(default_base_dir())?;
    match cmd {
        LocalCmd::Start => {
            cluster
                .ensure_running(ctx.settings.connect_timeout.value)
                .await?;
            ctx.notice(format!(
                "local cluster running in {}",
                cluster.base.display()
            ));
            line(cluster.url(DATABASE)).map_err(io)?;
        }
        LocalCmd::Status => {
            let state = if !cluster.exists() {
                "absent"
            } else if cluster.is_running() {
                "running"
            } else {
                "stopped"
            };
            let server_version = if state == "running" {
                cluster
                    .running_version(ctx.settings.connect_timeout.value)
                    .await
            } else {
                None
            };
            let status = LocalStatus {
                state,
                directory: cluster.base.display().to_string(),
                binaries_version: cluster.binaries_version().ok(),
                server_version,
            };
            if let (Some(running), Some(installed)) =
                (&status.server_version, &status.binaries_version)
                && running != installed
            {
                ctx.notice(format!(
                    "theratime: the running server is PostgreSQL {running} but the installed \
                     binaries are {installed} (a package upgrade?): restart it with \
                     `theratime local stop && theratime local start` before it fails to load \
                     a library"
                ));
            }
            ctx.printer.one(&status).map_err(io)?;
        }
        LocalCmd::Stop => {
            let stopped = cluster.stop()?;
            ctx.notice(if stopped {
                "local cluster stopped"
            } else {
                "local cluster was not running"
            });
        }
        LocalCmd::Destroy => {
            ctx.confirm_typed(
                &format!(
                    "delete the local cluster and all its data in {}",
                    cluster.base.display()
                ),
                "destroy",
            )?;
            cluster.destroy()?;
            ctx.notice("local cluster destroyed");
        }
        LocalCmd::Url => line(cluster.url(DATABASE)).map_err(io)?,
    }
    Ok(())
}
