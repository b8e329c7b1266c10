-- Units move (OrganisationUnitMoved): the lookup now holds each unit's current parent, which the
-- cycle check walks up. Managers must be registered employees: looked up by employee id.

COMMENT ON TABLE organisation_unit_lookup IS
    'Ids of created organisation units and their current parent; mirrors OrganisationUnitCreated and OrganisationUnitMoved events';

CREATE INDEX national_id_registry_employee_id ON national_id_registry (employee_id);
