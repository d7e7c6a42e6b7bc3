-- R4a: operators are users of the installation's back-office account, never of a partner
-- account. The flag marks that one account (at most one, by the partial unique index); partner
-- counts, queues and first-run setup leave it out.
ALTER TABLE accounts ADD COLUMN back_office BOOLEAN NOT NULL DEFAULT FALSE;
CREATE UNIQUE INDEX accounts_one_back_office ON accounts (back_office) WHERE back_office;
