-- Chat users, their choices about jobs, and one-time codes for linking Telegram from Discord.
CREATE TABLE chat_user (
    platform              VARCHAR(16) NOT NULL,
    user_id               VARCHAR(64) NOT NULL,
    display_name          VARCHAR(200) NOT NULL,
    deadline_user         VARCHAR(200),
    link_locked           BOOLEAN DEFAULT FALSE NOT NULL,
    follows_own_jobs      BOOLEAN DEFAULT TRUE NOT NULL,
    notify_on             VARCHAR(400) NOT NULL,
    undeliverable_since   TIMESTAMP WITH TIME ZONE,
    undeliverable_reason  VARCHAR(400) DEFAULT '' NOT NULL,
    PRIMARY KEY (platform, user_id)
);

CREATE INDEX chat_user_deadline ON chat_user (deadline_user);

CREATE TABLE job_interest (
    platform   VARCHAR(16) NOT NULL,
    user_id    VARCHAR(64) NOT NULL,
    job_id     VARCHAR(64) NOT NULL,
    interest   VARCHAR(16) NOT NULL,
    PRIMARY KEY (platform, user_id, job_id)
);

CREATE INDEX job_interest_job ON job_interest (job_id);

CREATE TABLE link_code (
    code           VARCHAR(32) PRIMARY KEY,
    deadline_user  VARCHAR(200) NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
