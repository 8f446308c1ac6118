//! Rebuild when a migration file changes: `refinery::embed_migrations!` reads
//! `migrations/` at compile time, which cargo does not track on its own.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
