-- Set validation (rules over all aggregates, which no single aggregate can check): one row per
-- claimed key, written by the command handler inside the same transaction as the events that
-- claim it (command-side/domain, Jdbc* lookups), so a row exists exactly when its event does.
-- The primary key is the guard: a second claim inserts nothing (ON CONFLICT DO NOTHING), and a
-- concurrent one waits on the first transaction's row lock until it commits or rolls back.

CREATE TABLE organisation_unit_lookup (
    unit_id    VARCHAR(255) NOT NULL PRIMARY KEY,
    parent_id  VARCHAR(255) REFERENCES organisation_unit_lookup (unit_id),
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
COMMENT ON TABLE organisation_unit_lookup IS
    'Ids of created organisation units and their parent at creation; mirrors OrganisationUnitCreated events';

CREATE TABLE national_id_registry (
    national_id CHAR(13)    NOT NULL PRIMARY KEY CHECK (national_id ~ '^[0-9]{13}$'),
    employee_id VARCHAR     NOT NULL,
    reserved_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
COMMENT ON TABLE national_id_registry IS
    'One case file per national ID; personal data under the PDPA, mirrors EmployeeRegistered events';
