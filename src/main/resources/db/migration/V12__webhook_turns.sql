-- When a replica last took an endpoint on: endpoints are claimed least recently claimed first, so that a few busy or
-- failing ones never hold every turn.
ALTER TABLE webhook_endpoint ADD COLUMN claimed_at TIMESTAMPTZ;
