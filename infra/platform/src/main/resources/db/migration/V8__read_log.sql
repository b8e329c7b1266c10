-- The read log (issue 6): every opening of a case file, every search and every export, who read
-- what, when and through which channel. Written by the query bus (query-side audit/ReadLogging) for
-- every channel; append-only like the event store (the guard function comes from V7).

CREATE TABLE read_log (
    id          BIGSERIAL    NOT NULL PRIMARY KEY,
    read_at     TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    account     VARCHAR(255) NOT NULL,
    acting_role VARCHAR(32),
    channel     VARCHAR(32)  NOT NULL,
    read_kind   VARCHAR(32)  NOT NULL,
    query_type  VARCHAR(255) NOT NULL,
    employee_id VARCHAR(255),
    search_text TEXT,
    query       TEXT         NOT NULL
);
CREATE INDEX read_log_by_employee ON read_log (employee_id, read_at);
CREATE INDEX read_log_by_account ON read_log (account, read_at);
CREATE INDEX read_log_by_time ON read_log (read_at);

CREATE TRIGGER read_log_append_only
    BEFORE UPDATE OR DELETE ON read_log
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only_table();
CREATE TRIGGER read_log_no_truncate
    BEFORE TRUNCATE ON read_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_append_only_table();
