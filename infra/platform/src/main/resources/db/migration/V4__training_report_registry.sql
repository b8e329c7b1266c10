-- Post-training reports that a knowledge item may name as its source (set validation for the
-- KnowledgeItem aggregate, which cannot read case files). Written by the subscribing
-- TrainingReportRegistration in the transaction of the command whose event it mirrors: a row per
-- TrainingReportSubmitted, marked (never deleted) when a RecordRetracted of kind TRAINING strikes
-- its training out. Idempotent: a second insert of the same report does nothing.

CREATE TABLE training_report_registry (
    employee_id   VARCHAR(255) NOT NULL,
    training_id   VARCHAR(255) NOT NULL,
    submitted_on  DATE         NOT NULL,
    retracted_at  TIMESTAMPTZ,
    registered_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (employee_id, training_id)
);
COMMENT ON TABLE training_report_registry IS
    'Submitted post-training reports, per case file and training; mirrors TrainingReportSubmitted and RecordRetracted (TRAINING) events';

-- Reports stored before this table existed (revision 1 of both events), so that they can be cited too.
INSERT INTO training_report_registry (employee_id, training_id, submitted_on)
SELECT aggregate_identifier, payload ->> 'trainingId', (payload ->> 'submittedOn')::date
FROM event_journal
WHERE payload_type = 'org.prawat.api.training.TrainingReportSubmitted'
ON CONFLICT (employee_id, training_id) DO NOTHING;

UPDATE training_report_registry r
SET retracted_at = e.recorded_at::timestamptz
FROM event_journal e
WHERE e.payload_type = 'org.prawat.api.correction.RecordRetracted'
  AND e.payload ->> 'kind' = 'TRAINING'
  AND r.employee_id = e.aggregate_identifier
  AND r.training_id = e.payload ->> 'recordId';
