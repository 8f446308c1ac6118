//! `theratime export`.
