//! Integration tests: the real binary against a real PostgreSQL.

mod harness;

mod audit;
mod backup;
mod config;
mod connection;
mod export;
mod fleet;
mod generated;
mod invariants;
mod local;
mod migrate;
mod pgbouncer;
mod schedule;
mod tenant;
mod trust;
