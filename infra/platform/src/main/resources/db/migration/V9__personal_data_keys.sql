-- PDPA erasure by crypto-shredding (issue 6). Personal fields of stored events are encrypted with a
-- key per person; erasure deletes the key, so no stored event is ever rewritten.

CREATE TABLE personal_data_keys (
    employee_id VARCHAR(255) NOT NULL PRIMARY KEY,
    key         BYTEA        NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
COMMENT ON TABLE personal_data_keys IS
    'One AES-256 data key per person, wrapped (AES-GCM) by prawat.pdpa.master-key; a deleted row is an erased person';

-- One case file per national ID, without keeping national IDs: the registry holds an HMAC-SHA256
-- of the ID keyed from the master key (org.prawat.api.employee.NationalIds#pseudonym). Rows of
-- earlier versions still hold the 13 digits until the application digests them on start-up
-- (LegacyNationalIds). An erasure clears the digest and keeps the row, which also says that the
-- case file exists; the national ID may then open a new case file.
ALTER TABLE national_id_registry DROP CONSTRAINT national_id_registry_national_id_check;
ALTER TABLE national_id_registry DROP CONSTRAINT national_id_registry_pkey;
ALTER TABLE national_id_registry RENAME COLUMN national_id TO national_id_digest;
ALTER TABLE national_id_registry ALTER COLUMN national_id_digest TYPE VARCHAR(64);
ALTER TABLE national_id_registry ALTER COLUMN national_id_digest DROP NOT NULL;
ALTER TABLE national_id_registry ADD CONSTRAINT national_id_registry_digest_unique UNIQUE (national_id_digest);
ALTER TABLE national_id_registry ADD CONSTRAINT national_id_registry_digest_check
    CHECK (national_id_digest ~ '^([0-9]{13}|[0-9a-f]{64})$');
ALTER TABLE national_id_registry ADD COLUMN erased_at TIMESTAMPTZ;
COMMENT ON TABLE national_id_registry IS
    'One case file per national ID, kept as an HMAC of it; digest cleared (erased_at set) when the person is erased';
