//! Names in the database that code builds or spells out: a tenant's schema and role
//! (built only from its numeric id), identifier quoting for names read from the
//! catalog or from the constants here, and the columns of `theratime.users` and the
//! user references of the tenant schema that backup, restore, `tenant drop` and
//! `doctor` name.

/// The schema of a tenant: always derived from its numeric id.
pub fn schema_name(tenant_id: i64) -> String {
    format!("tenant_{tenant_id}")
}

/// The quoted identifier of a tenant schema, safe to splice into SQL: it is built
/// from an `i64`, so it can only ever be `"tenant_<digits>"`.
pub fn schema_ident(tenant_id: i64) -> String {
    format!("\"tenant_{tenant_id}\"")
}

/// The tenant's own NOLOGIN role: always derived from its numeric id, like its schema.
pub fn role_name(tenant_id: i64) -> String {
    format!("theratime_tenant_{tenant_id}")
}

/// Columns of `theratime.users` stored in an archive, in this order.
pub const USER_COLUMNS: &[&str] = &[
    "id",
    "tenant_id",
    "email",
    "display_name",
    "role",
    "active",
    "created_at",
    "updated_at",
];

/// A column of a tenant table that names a user of `theratime.users`, and the role
/// the same-tenant trigger requires of that user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UserRef {
    pub table: &'static str,
    pub column: &'static str,
    pub role: &'static str,
}

/// Every user reference of the tenant schema, listed explicitly (a column that merely
/// ends in `user_id`, added by some later migration, is data, not a reference): these
/// make a user a referenced user of an archive, are remapped and checked on restore,
/// and are what `tenant drop` and `doctor` look for across the fleet. Both tables
/// have `starts_at`.
pub const USER_REFERENCES: &[UserRef] = &[
    UserRef {
        table: "appointments",
        column: "therapist_id",
        role: "therapist",
    },
    UserRef {
        table: "appointments",
        column: "client_id",
        role: "client",
    },
    UserRef {
        table: "calendar_blocks",
        column: "therapist_id",
        role: "therapist",
    },
];

/// The user reference of `table.column`, if it is one.
pub fn user_ref(table: &str, column: &str) -> Option<&'static UserRef> {
    USER_REFERENCES
        .iter()
        .find(|r| r.table == table && r.column == column)
}

/// Whether `table.column` holds a user id (see [`USER_REFERENCES`]).
pub fn is_user_column(table: &str, column: &str) -> bool {
    user_ref(table, column).is_some()
}

/// `"name"` with embedded quotes doubled: PostgreSQL's identifier quoting, so the
/// result is always exactly one identifier whatever `name` holds.
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_quoted_as_one_identifier_whatever_they_hold() {
        let cases = [
            ("appointments", "\"appointments\""),
            ("", "\"\""),
            ("a\"b", "\"a\"\"b\""),
            ("x\"; DROP TABLE t; --", "\"x\"\"; DROP TABLE t; --\""),
            ("Ünïcode space", "\"Ünïcode space\""),
        ];
        for (name, want) in cases {
            assert_eq!(quote_ident(name), want, "{name:?}");
        }
        assert_eq!(schema_ident(42), quote_ident(&schema_name(42)));
        assert_eq!(role_name(42), "theratime_tenant_42");
    }

    #[test]
    fn only_the_listed_columns_are_user_references() {
        let cases = [
            ("appointments", "therapist_id", Some("therapist")),
            ("appointments", "client_id", Some("client")),
            ("calendar_blocks", "therapist_id", Some("therapist")),
            ("calendar_blocks", "client_id", None),
            ("appointments", "created_by_user_id", None),
            ("users", "id", None),
        ];
        for (table, column, role) in cases {
            assert_eq!(
                user_ref(table, column).map(|r| r.role),
                role,
                "{table}.{column}"
            );
            assert_eq!(is_user_column(table, column), role.is_some());
        }
    }
}
