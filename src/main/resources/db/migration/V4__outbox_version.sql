-- Counts changes to a queued notification, so a change made while it was being sent is not marked as sent.
ALTER TABLE outbox ADD COLUMN version INT DEFAULT 0 NOT NULL;
