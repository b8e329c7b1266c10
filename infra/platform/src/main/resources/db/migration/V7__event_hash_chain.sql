-- Tamper evidence (issue 6): a hash chain over each aggregate's events, one link per stored event.
--
-- Why a trigger on Axon's table and not an Axon storage-engine decorator: the trigger runs inside the
-- very INSERT that appends the event, so no code path (the application, a second application, a
-- migration, psql) can store an event without its link, and a rolled-back append leaves no link.
-- Axon's table is not altered; the links live beside it. Snapshots are a cache and stay outside.
--
-- Each link records digests of the parts it covers, so verification can say WHAT differs:
--   payload_sha256   = sha256(payload)
--   meta_data_sha256 = sha256(meta_data, or no bytes when null)
--   link_hash        = sha256(UTF-8 of the lines below joined by '\n'), each text field written as
--                      "<byte length>:<value>" ("-:" for null) so no two field lists give one text:
--     previous link_hash (null for the first event), aggregate_identifier, sequence_number, type,
--     event_identifier, payload_type, payload_revision, time_stamp, payload_sha256, meta_data_sha256
-- The verifier (query-side audit/EventChain) recomputes the same in Java from the stored rows.

CREATE TABLE event_chain_link (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_sha256       CHAR(64)     NOT NULL,
    meta_data_sha256     CHAR(64)     NOT NULL,
    previous_hash        CHAR(64),
    link_hash            CHAR(64)     NOT NULL,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

CREATE FUNCTION event_chain_field(value TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE AS
$$ SELECT coalesce(octet_length(convert_to(value, 'UTF8'))::text || ':' || value, '-:') $$;

CREATE FUNCTION event_chain_append(event domain_event_entry) RETURNS VOID
    LANGUAGE plpgsql AS
$$
DECLARE
    previous    TEXT;
    payload_sum TEXT := encode(sha256(event.payload), 'hex');
    meta_sum    TEXT := encode(sha256(coalesce(event.meta_data, ''::bytea)), 'hex');
BEGIN
    SELECT link_hash INTO previous
    FROM event_chain_link
    WHERE aggregate_identifier = event.aggregate_identifier AND sequence_number < event.sequence_number
    ORDER BY sequence_number DESC
    LIMIT 1;
    INSERT INTO event_chain_link (aggregate_identifier, sequence_number, event_identifier, payload_type, time_stamp,
                                  payload_sha256, meta_data_sha256, previous_hash, link_hash)
    VALUES (event.aggregate_identifier, event.sequence_number, event.event_identifier, event.payload_type,
            event.time_stamp, payload_sum, meta_sum, previous,
            encode(sha256(convert_to(concat_ws(E'\n',
                event_chain_field(previous),
                event_chain_field(event.aggregate_identifier),
                event_chain_field(event.sequence_number::text),
                event_chain_field(event.type),
                event_chain_field(event.event_identifier),
                event_chain_field(event.payload_type),
                event_chain_field(event.payload_revision),
                event_chain_field(event.time_stamp),
                payload_sum,
                meta_sum), 'UTF8')), 'hex'));
END
$$;

-- Events stored before this migration get their links now, oldest first within each aggregate.
DO
$$
DECLARE
    event domain_event_entry;
BEGIN
    FOR event IN SELECT * FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number
        LOOP
            PERFORM event_chain_append(event);
        END LOOP;
END
$$;

CREATE FUNCTION event_chain_link_event() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM event_chain_append(NEW);
    RETURN NULL;
END
$$;

CREATE TRIGGER event_chain_link_event
    AFTER INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION event_chain_link_event();

-- Stored events and their links are never changed or removed by the application (Axon only
-- appends; erasure shreds keys, not events). The guard makes an accidental change fail loudly; an
-- attacker who disables it is what the chain itself is for.
CREATE FUNCTION refuse_change_to_append_only_table() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER domain_event_entry_append_only
    BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only_table();
CREATE TRIGGER domain_event_entry_no_truncate
    BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_append_only_table();
CREATE TRIGGER event_chain_link_append_only
    BEFORE UPDATE OR DELETE ON event_chain_link
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only_table();
CREATE TRIGGER event_chain_link_no_truncate
    BEFORE TRUNCATE ON event_chain_link
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_append_only_table();
