//! Integration tests: the real binary against a real PostgreSQL.

mod harness;

mod backup;
mod config;
mod connection;
mod export;
mod firstday;
mod fleet;
mod generated;
mod invariants;
mod local;
mod migrate;
mod pgbouncer;
mod schedule;
mod series;
mod tenant;
mod trust;
