//! Resolve flags, environment and the config file into one `Settings` value before
//! any work: flags beat the environment, the environment beats the file.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::cli::{GlobalOpts, OutputFormat};
use crate::error::{Error, Result};

/// Where a setting came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "name")]
pub enum Source {
    Flag,
    Env(String),
    File(PathBuf),
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag => write!(f, "flag"),
            Source::Env(name) => write!(f, "env {name}"),
            Source::File(path) => write!(f, "file {}", path.display()),
            Source::Default => write!(f, "default"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

/// The `theratime.toml` file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub database_url: Option<String>,
    pub direct_url: Option<String>,
    pub default_tenant: Option<String>,
    pub migrations: Option<PathBuf>,
    pub output: Option<OutputFormat>,
    pub connect_timeout: Option<f64>,
    pub app_role: Option<String>,
}

/// Everything a command needs to know about how it was asked to run.
#[derive(Debug, Clone)]
pub struct Settings {
    pub config_file: Option<PathBuf>,
    pub database_url: Option<Sourced<String>>,
    pub direct_url: Option<Sourced<String>>,
    /// `--tenant` given on the command line: narrows every command, fleet ones too.
    pub tenant_flag: Option<String>,
    /// THERATIME_TENANT or `default_tenant`: only for commands that work on one tenant.
    pub default_tenant: Option<Sourced<String>>,
    pub migrations: Option<Sourced<PathBuf>>,
    pub output: Sourced<OutputFormat>,
    pub connect_timeout: Sourced<Duration>,
    /// The application's login role, granted every tenant's role (THERATIME_APP_ROLE,
    /// `app_role`).
    pub app_role: Option<Sourced<String>>,
    /// PG* variables present in the environment (libpq conventions).
    pub libpq_env: Vec<String>,
    pub yes: bool,
    pub quiet: bool,
    pub verbose: bool,
}

pub const LIBPQ_VARS: [&str; 6] = [
    "PGHOST",
    "PGHOSTADDR",
    "PGPORT",
    "PGDATABASE",
    "PGUSER",
    "PGSERVICE",
];

impl Settings {
    /// Resolve from the parsed flags and an environment lookup.
    pub fn resolve(flags: &GlobalOpts, env: &dyn Fn(&str) -> Option<String>) -> Result<Settings> {
        let env = |name: &str| env(name).filter(|v| !v.is_empty());
        let config_file = match (&flags.config, env("THERATIME_CONFIG")) {
            (Some(path), _) => Some(path.clone()),
            (None, Some(path)) => Some(PathBuf::from(path)),
            (None, None) => default_config_file(),
        };
        let explicit = flags.config.is_some() || env("THERATIME_CONFIG").is_some();
        let file = match &config_file {
            Some(path) if path.exists() => {
                if !explicit {
                    check_owner(path)?;
                }
                load_file(path)?
            }
            Some(path) if explicit => {
                return Err(Error::not_found(format!(
                    "config file {} does not exist; create it or drop --config/THERATIME_CONFIG",
                    path.display()
                )));
            }
            _ => FileConfig::default(),
        };
        let file_src = || Source::File(config_file.clone().unwrap_or_default());

        let pick = |flag: Option<String>,
                    envs: &[&str],
                    file: Option<String>|
         -> Option<Sourced<String>> {
            if let Some(value) = flag {
                return Some(Sourced {
                    value,
                    source: Source::Flag,
                });
            }
            for name in envs {
                if let Some(value) = env(name) {
                    return Some(Sourced {
                        value,
                        source: Source::Env(name.to_string()),
                    });
                }
            }
            file.map(|value| Sourced {
                value,
                source: file_src(),
            })
        };

        let database_url = pick(
            flags.database_url.clone(),
            &["THERATIME_DATABASE_URL", "DATABASE_URL"],
            file.database_url.clone(),
        );
        let direct_url = pick(
            flags.direct_url.clone(),
            &["THERATIME_DIRECT_URL"],
            file.direct_url.clone(),
        );
        let default_tenant = pick(None, &["THERATIME_TENANT"], file.default_tenant.clone());
        let app_role = pick(None, &["THERATIME_APP_ROLE"], file.app_role.clone());
        if let Some(role) = &app_role {
            validate_role_name(&role.value)?;
        }
        let migrations = pick(
            flags.migrations.as_ref().map(|p| p.display().to_string()),
            &["THERATIME_MIGRATIONS"],
            file.migrations.as_ref().map(|p| p.display().to_string()),
        )
        .map(|s| Sourced {
            value: PathBuf::from(s.value),
            source: s.source,
        });

        let output = match (flags.output, file.output) {
            (Some(value), _) => Sourced {
                value,
                source: Source::Flag,
            },
            (None, Some(value)) => Sourced {
                value,
                source: file_src(),
            },
            (None, None) => Sourced {
                value: OutputFormat::Table,
                source: Source::Default,
            },
        };
        let timeout = match (flags.connect_timeout, file.connect_timeout) {
            (Some(secs), _) => Sourced {
                value: secs,
                source: Source::Flag,
            },
            (None, Some(secs)) => Sourced {
                value: secs,
                source: file_src(),
            },
            (None, None) => Sourced {
                value: 5.0,
                source: Source::Default,
            },
        };
        if !(timeout.value.is_finite() && timeout.value > 0.0 && timeout.value <= 3600.0) {
            return Err(Error::invalid(format!(
                "connect timeout {} is not a number of seconds between 0 and 3600",
                timeout.value
            )));
        }
        let connect_timeout = Sourced {
            value: Duration::from_secs_f64(timeout.value),
            source: timeout.source,
        };
        let libpq_env = LIBPQ_VARS
            .iter()
            .filter(|name| env(name).is_some())
            .map(|name| name.to_string())
            .collect();

        Ok(Settings {
            config_file: config_file.filter(|p| p.exists()),
            database_url,
            direct_url,
            tenant_flag: flags.tenant.clone(),
            default_tenant,
            migrations,
            output,
            connect_timeout,
            app_role,
            libpq_env,
            yes: flags.yes,
            quiet: flags.quiet,
            verbose: flags.verbose,
        })
    }

    /// The tenant a single-tenant command works on: the flag, else the default tenant.
    pub fn single_tenant(&self) -> Option<String> {
        self.tenant_flag
            .clone()
            .or_else(|| self.default_tenant.as_ref().map(|t| t.value.clone()))
    }

    /// The application role, if one is configured.
    pub fn app_role(&self) -> Option<&str> {
        self.app_role.as_ref().map(|r| r.value.as_str())
    }

    /// Whether any database is configured (otherwise the local cluster is used).
    pub fn database_configured(&self) -> bool {
        self.database_url.is_some() || !self.libpq_env.is_empty()
    }

    /// The effective settings with passwords redacted, for `theratime config`.
    pub fn describe(&self) -> BTreeMap<&'static str, (String, String)> {
        let mut out = BTreeMap::new();
        let show = |s: &Option<Sourced<String>>| match s {
            Some(s) => (redact_url(&s.value), s.source.to_string()),
            None => (String::new(), "unset".to_string()),
        };
        let db = if self.database_url.is_none() && !self.libpq_env.is_empty() {
            (
                format!("(libpq environment: {})", self.libpq_env.join(", ")),
                "env".to_string(),
            )
        } else if self.database_url.is_none() {
            ("(local cluster)".to_string(), "default".to_string())
        } else {
            show(&self.database_url)
        };
        out.insert("database_url", db);
        out.insert("direct_url", show(&self.direct_url));
        out.insert(
            "config_file",
            match &self.config_file {
                Some(p) => (p.display().to_string(), "found".to_string()),
                None => (String::new(), "none".to_string()),
            },
        );
        out.insert(
            "tenant",
            match (&self.tenant_flag, &self.default_tenant) {
                (Some(t), _) => (t.clone(), Source::Flag.to_string()),
                (None, Some(t)) => (t.value.clone(), t.source.to_string()),
                (None, None) => (String::new(), "unset".to_string()),
            },
        );
        out.insert(
            "migrations",
            match &self.migrations {
                Some(m) => (m.value.display().to_string(), m.source.to_string()),
                None => ("(embedded)".to_string(), Source::Default.to_string()),
            },
        );
        out.insert(
            "app_role",
            match &self.app_role {
                Some(r) => (r.value.clone(), r.source.to_string()),
                None => (String::new(), "unset".to_string()),
            },
        );
        out.insert(
            "output",
            (
                format!("{:?}", self.output.value).to_lowercase(),
                self.output.source.to_string(),
            ),
        );
        out.insert(
            "connect_timeout",
            (
                format!("{}s", self.connect_timeout.value.as_secs_f64()),
                self.connect_timeout.source.to_string(),
            ),
        );
        out
    }
}

/// A PostgreSQL role name as `app_role` may give it: 1 to 63 bytes (longer names are
/// truncated by the server), no control characters. It reaches SQL only as a bound
/// value, quoted by the server (`format('%I')`).
pub fn validate_role_name(name: &str) -> Result<()> {
    if (1..=63).contains(&name.len()) && !name.chars().any(char::is_control) {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "app_role {name:?} is not a PostgreSQL role name: use 1 to 63 bytes without control characters"
        )))
    }
}

fn default_config_file() -> Option<PathBuf> {
    let local = PathBuf::from("theratime.toml");
    if local.exists() {
        return Some(local);
    }
    dirs::config_dir().map(|d| d.join("theratime").join("theratime.toml"))
}

/// Whether a config file found without being named (`./theratime.toml`, the user
/// config dir) may be read: owned by the user running theratime (or root) and not
/// writable by group or others — the file can point migrations at any directory and
/// connections at any server. Like git's `safe.directory`; `None` when it may.
fn unsafe_owner(file_uid: u32, mode: u32, my_uid: u32) -> Option<&'static str> {
    if file_uid != my_uid && file_uid != 0 {
        Some("is owned by another user")
    } else if mode & 0o022 != 0 {
        Some("is writable by group or others")
    } else {
        None
    }
}

fn check_owner(path: &Path) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path)
        .map_err(|e| Error::invalid(format!("cannot read config file {}: {e}", path.display())))?;
    // SAFETY: geteuid cannot fail.
    let me = unsafe { libc::geteuid() };
    match unsafe_owner(meta.uid(), meta.mode(), me) {
        None => Ok(()),
        Some(why) => Err(Error::invalid(format!(
            "refusing to read config file {} found in {}: it {why}, so someone else could \
             choose the database and the migrations theratime runs; take it over \
             (`chown $(id -u) {p} && chmod go-w {p}`) or name it with --config if you trust it",
            path.display(),
            if path.is_relative() {
                "the current directory"
            } else {
                "the user config directory"
            },
            p = path.display()
        ))),
    }
}

fn load_file(path: &Path) -> Result<FileConfig> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::invalid(format!("cannot read config file {}: {e}", path.display())))?;
    toml::from_str(&text).map_err(|e| {
        Error::invalid(format!(
            "config file {} is not valid: {}",
            path.display(),
            e.message()
        ))
    })
}

/// Replace the password of a URL (or a `password=` parameter) with `***`.
pub fn redact_url(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(mut url) => {
            if url.password().is_some() {
                let _ = url.set_password(Some("***"));
            }
            let pairs: Vec<(String, String)> = url
                .query_pairs()
                .map(|(k, v)| {
                    let v = if k.eq_ignore_ascii_case("password") {
                        "***".into()
                    } else {
                        v.into_owned()
                    };
                    (k.into_owned(), v)
                })
                .collect();
            if !pairs.is_empty() {
                url.query_pairs_mut().clear().extend_pairs(pairs);
            }
            url.to_string()
        }
        Err(_) => "(unparsable URL, not shown)".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(flags: GlobalOpts, env: &[(&str, &str)], file: Option<&str>) -> Settings {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("theratime.toml");
        let mut flags = flags;
        if let Some(text) = file {
            std::fs::write(&path, text).unwrap();
        }
        flags.config = Some(path.clone());
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let lookup = move |name: &str| env.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        if file.is_none() {
            // An explicit --config that does not exist is an error; use an empty file.
            std::fs::write(&path, "").unwrap();
        }
        Settings::resolve(&flags, &lookup).unwrap()
    }

    #[test]
    fn flags_beat_env_beat_file() {
        let file = Some("database_url = \"postgres://file/db\"\ndefault_tenant = \"filet\"\n");
        type Case<'a> = (Option<&'a str>, &'a [(&'a str, &'a str)], &'a str, &'a str);
        let cases: &[Case] = &[
            (
                Some("postgres://flag/db"),
                &[("THERATIME_DATABASE_URL", "postgres://env/db")],
                "postgres://flag/db",
                "flag",
            ),
            (
                None,
                &[
                    ("THERATIME_DATABASE_URL", "postgres://env/db"),
                    ("DATABASE_URL", "postgres://env2/db"),
                ],
                "postgres://env/db",
                "env THERATIME_DATABASE_URL",
            ),
            (
                None,
                &[("DATABASE_URL", "postgres://env2/db")],
                "postgres://env2/db",
                "env DATABASE_URL",
            ),
            (None, &[], "postgres://file/db", "file"),
        ];
        for (flag, env, want, source) in cases {
            let flags = GlobalOpts {
                database_url: flag.map(String::from),
                ..Default::default()
            };
            let s = resolve(flags, env, file);
            let got = s.database_url.unwrap();
            assert_eq!(got.value, *want);
            assert!(
                got.source.to_string().starts_with(source),
                "{} vs {source}",
                got.source
            );
        }
    }

    #[test]
    fn default_tenant_is_kept_apart_from_the_flag() {
        let s = resolve(GlobalOpts::default(), &[("THERATIME_TENANT", "acme")], None);
        assert_eq!(s.tenant_flag, None);
        assert_eq!(s.single_tenant().as_deref(), Some("acme"));
        let flags = GlobalOpts {
            tenant: Some("beta".into()),
            ..Default::default()
        };
        let s = resolve(flags, &[("THERATIME_TENANT", "acme")], None);
        assert_eq!(s.tenant_flag.as_deref(), Some("beta"));
        assert_eq!(s.single_tenant().as_deref(), Some("beta"));
    }

    #[test]
    fn libpq_environment_counts_as_configured() {
        let s = resolve(GlobalOpts::default(), &[], None);
        assert!(!s.database_configured());
        let s = resolve(GlobalOpts::default(), &[("PGHOST", "/tmp")], None);
        assert!(s.database_configured());
    }

    #[test]
    fn implicit_config_files_must_be_the_users_own() {
        let cases = [
            // (file uid, mode, my uid, refused because)
            (1000, 0o100644, 1000, None),
            (0, 0o100644, 1000, None),
            (0, 0o100600, 0, None),
            (1001, 0o100644, 1000, Some("is owned by another user")),
            (1001, 0o100600, 0, Some("is owned by another user")),
            (1000, 0o100664, 1000, Some("is writable by group or others")),
            (1000, 0o100646, 1000, Some("is writable by group or others")),
            (0, 0o100666, 1000, Some("is writable by group or others")),
        ];
        for (uid, mode, me, want) in cases {
            assert_eq!(
                unsafe_owner(uid, mode, me),
                want,
                "uid {uid} mode {mode:o} me {me}"
            );
        }
    }

    #[test]
    fn app_role_comes_from_env_then_file_and_is_checked() {
        let file = Some("app_role = \"theratime_app\"\n");
        let s = resolve(GlobalOpts::default(), &[], file);
        assert_eq!(s.app_role(), Some("theratime_app"));
        assert!(matches!(s.app_role.unwrap().source, Source::File(_)));
        let s = resolve(
            GlobalOpts::default(),
            &[("THERATIME_APP_ROLE", "web")],
            file,
        );
        assert_eq!(s.app_role(), Some("web"));
        let s = resolve(GlobalOpts::default(), &[], None);
        assert_eq!(s.app_role(), None);
        let (longest, too_long) = ("r".repeat(63), "r".repeat(64));
        let cases = [
            ("app", true),
            ("Web App", true),
            ("x", true),
            ("", false),
            ("bad\nname", false),
            (longest.as_str(), true),
            (too_long.as_str(), false),
        ];
        for (name, ok) in cases {
            assert_eq!(validate_role_name(name).is_ok(), ok, "{name:?}");
        }
    }

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(
            redact_url("postgres://u:secret@h:5432/db"),
            "postgres://u:***@h:5432/db"
        );
        assert_eq!(
            redact_url("postgres://u@h/db?password=secret&sslmode=require"),
            "postgres://u@h/db?password=***&sslmode=require"
        );
        assert!(!redact_url("not a url secret").contains("secret"));
    }
}
