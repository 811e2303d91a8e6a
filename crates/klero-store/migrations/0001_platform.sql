-- The platform's first schema. Portable SQL: the same file runs on SQLite and PostgreSQL.
-- Identifiers are random text, times are seconds since the Unix epoch (UTC), flags are 0/1.

CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    is_admin BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_account ON sessions(account_id);

CREATE TABLE login_failures (
    key_hash TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failures_key ON login_failures(key_hash, at);

CREATE TABLE assemblies (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE assembly_texts (
    assembly_id TEXT NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    lang TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (assembly_id, field, lang)
);

CREATE TABLE panels (
    id TEXT PRIMARY KEY,
    assembly_id TEXT NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    size BIGINT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    stage TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (assembly_id, number)
);

CREATE TABLE panel_texts (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    lang TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (panel_id, field, lang)
);

CREATE TABLE memberships (
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    assembly_id TEXT NOT NULL REFERENCES assemblies(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    granted_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, assembly_id, role)
);
CREATE INDEX memberships_assembly ON memberships(assembly_id);

CREATE TABLE invitations (
    token_hash TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    assembly_id TEXT REFERENCES assemblies(id) ON DELETE CASCADE,
    role TEXT,
    is_admin BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

-- Appended, never updated or deleted by the application.
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    seq BIGINT NOT NULL,
    actor TEXT,
    assembly_id TEXT,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX audit_log_assembly ON audit_log(assembly_id, at);
