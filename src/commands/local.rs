//! `theratime local …`: the local PostgreSQL cluster.

use super::{Ctx, io};
use crate::cli::LocalCmd;
use crate::error::Result;
use crate::local::{Cluster, DATABASE, default_base_dir};
use crate::output::line;

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
            line(format_args!("{state}\t{}", cluster.base.display())).map_err(io)?;
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
