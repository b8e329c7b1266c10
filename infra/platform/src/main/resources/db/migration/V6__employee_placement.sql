-- Where each case file sits now, so that the server can decide whether an employee is inside the
-- scope of whoever sends a command or a query about them (issue 6: roles and scope). Written by the
-- Employee aggregate's command handlers (command-side/domain, JdbcEmployeePlacements) inside the
-- transaction of EmployeeRegistered and EmployeeTransferred, so a row says what the events say.
-- "Inside a scope" walks organisation_unit_lookup up from unit_id (infra security, UnitScopes).

CREATE TABLE employee_placement (
    employee_id VARCHAR(255) NOT NULL PRIMARY KEY,
    unit_id     VARCHAR(255) NOT NULL REFERENCES organisation_unit_lookup (unit_id),
    placed_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
COMMENT ON TABLE employee_placement IS
    'Each case file''s current organisation unit; mirrors EmployeeRegistered and EmployeeTransferred events';

-- Case files stored before this table existed: the unit of the latest of their career events.
INSERT INTO employee_placement (employee_id, unit_id)
SELECT DISTINCT ON (aggregate_identifier)
       aggregate_identifier,
       COALESCE(payload ->> 'toUnitId', payload ->> 'unitId')
FROM event_journal
WHERE payload_type IN ('org.prawat.api.employee.EmployeeRegistered', 'org.prawat.api.employee.EmployeeTransferred')
ORDER BY aggregate_identifier, sequence_number DESC
ON CONFLICT (employee_id) DO NOTHING;
