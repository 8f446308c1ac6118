//! Integration tests: the real binary against a real PostgreSQL.

mod harness;

mod audit;
mod backup;
mod citus;
mod config;
mod connection;
mod export;
mod firstday;
mod fleet;
mod generated;
mod inputs;
mod invariants;
mod lint;
mod local;
mod migrate;
mod pgbouncer;
mod preflight;
mod query;
mod restore;
mod roles;
mod schedule;
mod series;
mod stats;
mod tenant;
mod tls;
mod trust;
mod waves;
