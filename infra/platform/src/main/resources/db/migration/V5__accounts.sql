-- Sign-in (issue 6): the accounts of people and service accounts, with their role and the unit whose
-- subtree they see. Not event-sourced: an account is configuration of who may act, not part of anyone's
-- case file; every command an account issues carries its name as issuedBy.

CREATE TABLE account (
    account_name    VARCHAR(64)  NOT NULL PRIMARY KEY CHECK (account_name ~ '^[a-z0-9][a-z0-9._@-]{2,63}$'),
    -- bcrypt ({bcrypt}$2a$…); an account that signs in only through OpenID Connect still has one, random.
    password_hash   VARCHAR(100) NOT NULL,
    role            VARCHAR(20)  NOT NULL
        CHECK (role IN ('HR_OFFICER', 'MANAGER', 'AUDITOR', 'EMPLOYEE', 'ADMINISTRATOR')),
    unit_id         VARCHAR(255) REFERENCES organisation_unit_lookup (unit_id),
    employee_id     VARCHAR(255),
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts INTEGER      NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    changed_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT manager_has_a_unit CHECK (role <> 'MANAGER' OR unit_id IS NOT NULL),
    CONSTRAINT record_owner_has_a_case_file CHECK (role <> 'EMPLOYEE' OR employee_id IS NOT NULL),
    CONSTRAINT administrator_has_no_unit CHECK (role <> 'ADMINISTRATOR' OR unit_id IS NULL)
);
COMMENT ON TABLE account IS
    'Who may sign in, in which role and scope; passwords as bcrypt hashes; failed sign-ins lock for a while';

CREATE INDEX account_role ON account (role);
