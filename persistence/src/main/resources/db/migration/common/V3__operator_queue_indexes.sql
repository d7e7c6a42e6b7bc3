-- The operator's queues: accounts waiting for a verification decision, terms still provisioning.
CREATE INDEX accounts_verification ON accounts (verification, id);
CREATE INDEX memberships_provisioning ON memberships (status, benefits_available_at);
