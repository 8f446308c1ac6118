-- The tenant's own NOLOGIN role "theratime_tenant_<id>" and its privileges on this
-- schema (see global migration V6, theratime.ensure_tenant_role): created in the
-- same transaction as the tenant, and given to every existing tenant by
-- `theratime migrate --all-tenants`. The tenant id comes from the schema's own name.
SELECT theratime.ensure_tenant_role(theratime.tenant_of_schema(current_schema()));
