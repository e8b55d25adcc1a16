-- One language-model explanation per distinct error (fingerprint hash), so the same error on another job or after a
-- restart costs nothing; the token counts let the daily budget survive restarts.
CREATE TABLE crash_summary (
    fingerprint    VARCHAR(64) PRIMARY KEY,
    summary        VARCHAR(2000) NOT NULL,
    model          VARCHAR(100) NOT NULL,
    input_tokens   INT NOT NULL,
    output_tokens  INT NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX crash_summary_created ON crash_summary (created_at);
