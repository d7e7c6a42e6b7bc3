-- Action Pack Console: the whole schema (R1-R21).
-- Portable on purpose: standard types and constraints where SQLite has the same form, so a
-- PostgreSQL backend can follow. Money is INTEGER minor units plus a currency code (R9).
-- Ids are INTEGER PRIMARY KEY (SQLite's rowid alias; an identity column elsewhere).

CREATE TABLE accounts (
    id                 INTEGER PRIMARY KEY,
    partner_id         VARCHAR(20)  NOT NULL,
    legal_name         VARCHAR(200) NOT NULL,
    street             VARCHAR(200) NOT NULL,
    city               VARCHAR(200) NOT NULL,
    postal_code        VARCHAR(200) NOT NULL DEFAULT '',
    country            CHAR(2)      NOT NULL,
    contact_name       VARCHAR(200) NOT NULL,
    contact_email      VARCHAR(200) NOT NULL,
    contact_phone      VARCHAR(200) NOT NULL DEFAULT '',
    verification       VARCHAR(10)  NOT NULL DEFAULT 'PENDING'
        CHECK (verification IN ('PENDING', 'VERIFIED', 'REJECTED')),
    verification_note  VARCHAR(2000) NOT NULL DEFAULT '',
    enrolled_on        DATE,
    created_at         TIMESTAMP(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
-- The PartnerID is given right after the insert (it is derived from the id).
CREATE UNIQUE INDEX accounts_partner_id ON accounts (partner_id) WHERE partner_id <> '';

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER      NOT NULL REFERENCES accounts (id),
    email         VARCHAR(200) NOT NULL UNIQUE,
    display_name  VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX users_account ON users (account_id);

CREATE TABLE user_roles (
    user_id  INTEGER     NOT NULL REFERENCES users (id),
    role     VARCHAR(20) NOT NULL CHECK (role IN ('GLOBAL_ADMIN', 'ACCOUNT_ADMIN', 'MPN_PARTNER_ADMIN',
                                                  'BILLING_ADMIN', 'READER', 'OPERATOR')),
    PRIMARY KEY (user_id, role)
);

-- R8, R10: price, tax and payment options per country; 'ZZ' is the default row.
CREATE TABLE country_offers (
    country            CHAR(2)       NOT NULL PRIMARY KEY,
    price_minor        INTEGER       NOT NULL CHECK (price_minor > 0),
    currency           CHAR(3)       NOT NULL,
    tax_basis_points   INTEGER       NOT NULL CHECK (tax_basis_points BETWEEN 0 AND 10000),
    card_allowed       BOOLEAN       NOT NULL,
    wire_bank_details  VARCHAR(2000) NOT NULL
);
INSERT INTO country_offers (country, price_minor, currency, tax_basis_points, card_allowed, wire_bank_details) VALUES
    ('ZZ',   47500, 'USD',    0, TRUE,  'Contoso Bank, 1 Harbor Way, Seattle WA, SWIFT CTSOUS33, account 000123456'),
    ('US',   47500, 'USD',    0, TRUE,  'Contoso Bank, 1 Harbor Way, Seattle WA, SWIFT CTSOUS33, account 000123456'),
    ('CA',   64500, 'CAD',  500, TRUE,  'Contoso Bank Canada, SWIFT CTSOCATT, account 004-12345-678'),
    ('GB',   39500, 'GBP', 2000, TRUE,  'Contoso Bank UK, IBAN GB00 CTSO 0000 0000 0000 00, SWIFT CTSOGB2L'),
    ('DE',   45000, 'EUR', 1900, TRUE,  'Contoso Bank AG, IBAN DE00 0000 0000 0000 0000 00, SWIFT CTSODEFF'),
    ('FR',   45000, 'EUR', 2000, TRUE,  'Contoso Banque, IBAN FR00 0000 0000 0000 0000 0000 000, SWIFT CTSOFRPP'),
    ('JP', 7100000, 'JPY', 1000, TRUE,  'Contoso Bank Japan, SWIFT CTSOJPJT, account 1234567'),
    ('IN', 3900000, 'INR', 1800, FALSE, 'Contoso Bank India, IFSC CTSO0000001, account 0001234567'),
    ('BR',  250000, 'BRL',    0, FALSE, 'Contoso Banco, SWIFT CTSOBRSP, agency 0001, account 12345-6');

CREATE TABLE memberships (
    id                     INTEGER PRIMARY KEY,
    account_id             INTEGER     NOT NULL REFERENCES accounts (id),
    order_id               INTEGER     NOT NULL UNIQUE REFERENCES orders (id),
    term                   INTEGER     NOT NULL CHECK (term >= 1),
    start_date             DATE        NOT NULL,
    status                 VARCHAR(10) NOT NULL CHECK (status IN ('ACTIVE', 'RENEWED', 'EXPIRED', 'CANCELLED')),
    benefits_available_at  TIMESTAMP(6)   NOT NULL,
    pack                   VARCHAR(4)  CHECK (pack IN ('MAPS', 'LAPS')),
    pack_chosen_on         DATE,
    first_key_viewed_at    TIMESTAMP(6),
    closed_on              DATE
);
CREATE INDEX memberships_account ON memberships (account_id, id);

CREATE TABLE orders (
    id                      INTEGER PRIMARY KEY,
    number                  VARCHAR(40)  NOT NULL UNIQUE,
    account_id              INTEGER      NOT NULL REFERENCES accounts (id),
    term                    INTEGER      NOT NULL CHECK (term >= 1),
    kind                    VARCHAR(10)  NOT NULL CHECK (kind IN ('NEW', 'RENEWAL')),
    renews_membership_id    INTEGER      REFERENCES memberships (id),
    placed_at               TIMESTAMP(6)    NOT NULL,
    placed_on               DATE         NOT NULL,
    placed_by_user_id       INTEGER      NOT NULL REFERENCES users (id),
    payment_method          VARCHAR(20)  NOT NULL CHECK (payment_method IN ('CREDIT_CARD', 'WIRE_TRANSFER')),
    status                  VARCHAR(20)  NOT NULL
        CHECK (status IN ('AWAITING_PAYMENT', 'PAID', 'CANCELLED', 'EXPIRED', 'REFUNDED')),
    currency                CHAR(3)      NOT NULL,
    net_minor               INTEGER      NOT NULL,
    tax_basis_points        INTEGER      NOT NULL,
    tax_minor               INTEGER      NOT NULL,
    total_minor             INTEGER      NOT NULL,
    -- R8: only the brand and the last four digits of a card are ever stored.
    card_brand              VARCHAR(40),
    card_last4              CHAR(4),
    proof_payment_date      DATE,
    proof_paying_account    VARCHAR(200),
    proof_transaction_ref   VARCHAR(200),
    proof_document_ref      VARCHAR(200),
    paid_on                 DATE,
    closed_on               DATE
);
-- R5 as a constraint: one live order per account and term, whoever races.
CREATE UNIQUE INDEX orders_one_live_per_term ON orders (account_id, term)
    WHERE status IN ('AWAITING_PAYMENT', 'PAID');
CREATE INDEX orders_account ON orders (account_id, id);
CREATE INDEX orders_awaiting ON orders (status) WHERE status = 'AWAITING_PAYMENT';

-- R9: invoices and credit notes in one table, numbered by one strictly increasing sequence.
CREATE TABLE document_sequence (
    name        VARCHAR(20) NOT NULL PRIMARY KEY,
    last_value  INTEGER     NOT NULL CHECK (last_value >= 0)
);
INSERT INTO document_sequence (name, last_value) VALUES ('documents', 0);

CREATE TABLE invoices (
    id                      INTEGER PRIMARY KEY,
    sequence_no             INTEGER       NOT NULL UNIQUE CHECK (sequence_no > 0),
    number                  VARCHAR(40)   NOT NULL UNIQUE,
    kind                    VARCHAR(12)   NOT NULL CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
    order_id                INTEGER       NOT NULL REFERENCES orders (id),
    order_number            VARCHAR(40)   NOT NULL,
    account_id              INTEGER       NOT NULL REFERENCES accounts (id),
    partner_id              VARCHAR(20)   NOT NULL,
    issued_on               DATE          NOT NULL,
    sold_to_name            VARCHAR(200)  NOT NULL,
    sold_to_street          VARCHAR(200)  NOT NULL,
    sold_to_city            VARCHAR(200)  NOT NULL,
    sold_to_postal_code     VARCHAR(200)  NOT NULL,
    sold_to_country         CHAR(2)       NOT NULL,
    bill_to_name            VARCHAR(200)  NOT NULL,
    bill_to_street          VARCHAR(200)  NOT NULL,
    bill_to_city            VARCHAR(200)  NOT NULL,
    bill_to_postal_code     VARCHAR(200)  NOT NULL,
    bill_to_country         CHAR(2)       NOT NULL,
    line_description        VARCHAR(400)  NOT NULL,
    quantity                INTEGER       NOT NULL CHECK (quantity > 0),
    currency                CHAR(3)       NOT NULL,
    unit_price_minor        INTEGER       NOT NULL,
    tax_basis_points        INTEGER       NOT NULL,
    tax_minor               INTEGER       NOT NULL,
    total_minor             INTEGER       NOT NULL,
    payment_method          VARCHAR(20)   NOT NULL CHECK (payment_method IN ('CREDIT_CARD', 'WIRE_TRANSFER')),
    payment_terms           VARCHAR(400)  NOT NULL,
    payment_instructions    VARCHAR(4000) NOT NULL DEFAULT '',
    credits_invoice_number  VARCHAR(40)   REFERENCES invoices (number),
    CHECK ((kind = 'INVOICE' AND credits_invoice_number IS NULL)
        OR (kind = 'CREDIT_NOTE' AND credits_invoice_number IS NOT NULL))
);
CREATE INDEX invoices_account_sequence ON invoices (account_id, sequence_no);
CREATE INDEX invoices_order ON invoices (order_id);

CREATE TRIGGER invoices_sequence_increases BEFORE INSERT ON invoices
    WHEN NEW.sequence_no <= (SELECT MAX(sequence_no) FROM invoices)
BEGIN
    SELECT RAISE(ABORT, 'invoice numbers must strictly increase (R9)');
END;
CREATE TRIGGER invoices_never_updated BEFORE UPDATE ON invoices
BEGIN
    SELECT RAISE(ABORT, 'invoices and credit notes are never edited (R9)');
END;
CREATE TRIGGER invoices_never_deleted BEFORE DELETE ON invoices
BEGIN
    SELECT RAISE(ABORT, 'invoices and credit notes are never deleted (R9)');
END;

-- R15: cancellation requests.
CREATE TABLE support_tickets (
    id                 INTEGER PRIMARY KEY,
    number             VARCHAR(40)   NOT NULL UNIQUE,
    account_id         INTEGER       NOT NULL REFERENCES accounts (id),
    order_id           INTEGER       NOT NULL REFERENCES orders (id),
    membership_id      INTEGER       NOT NULL REFERENCES memberships (id),
    status             VARCHAR(12)   NOT NULL CHECK (status IN ('IN_PROGRESS', 'ACCEPTED', 'REFUSED')),
    request_text       VARCHAR(4000) NOT NULL DEFAULT '',
    opened_by_user_id  INTEGER       NOT NULL REFERENCES users (id),
    opened_on          DATE          NOT NULL,
    decision_note      VARCHAR(4000) NOT NULL DEFAULT '',
    decided_on         DATE
);
CREATE INDEX support_tickets_account ON support_tickets (account_id, id);
CREATE INDEX support_tickets_open ON support_tickets (status) WHERE status = 'IN_PROGRESS';

-- R18: the MAPS and LAPS tables; rows are loaded by a later migration.
CREATE TABLE benefit_catalog (
    id             VARCHAR(10)  NOT NULL PRIMARY KEY,
    pack           VARCHAR(4)   NOT NULL CHECK (pack IN ('MAPS', 'LAPS')),
    group_no       INTEGER      NOT NULL CHECK (group_no >= 0),
    position       INTEGER      NOT NULL CHECK (position >= 1),
    category       VARCHAR(200) NOT NULL,
    name           VARCHAR(200) NOT NULL,
    benefit_type   VARCHAR(20)  NOT NULL CHECK (benefit_type IN ('CLOUD_SERVICE', 'ON_PREMISES', 'NOT_STATED')),
    offer_details  VARCHAR(200) NOT NULL,
    quantity       INTEGER      NOT NULL CHECK (quantity >= 0),
    UNIQUE (pack, position)
);

-- R19: redemptions are appended, never changed.
CREATE TABLE redemptions (
    id                   INTEGER PRIMARY KEY,
    membership_id        INTEGER      NOT NULL REFERENCES memberships (id),
    account_id           INTEGER      NOT NULL REFERENCES accounts (id),
    benefit_id           VARCHAR(10)  NOT NULL REFERENCES benefit_catalog (id),
    quantity             INTEGER      NOT NULL CHECK (quantity > 0),
    redeemed_by_user_id  INTEGER      NOT NULL REFERENCES users (id),
    redeemed_at          TIMESTAMP(6)    NOT NULL,
    target               VARCHAR(200) NOT NULL DEFAULT '',
    product_key          VARCHAR(40)  NOT NULL DEFAULT '',
    activated_on         DATE         NOT NULL
);
CREATE INDEX redemptions_membership ON redemptions (membership_id, id);
CREATE TRIGGER redemptions_never_updated BEFORE UPDATE ON redemptions
BEGIN
    SELECT RAISE(ABORT, 'redemptions are never edited (R19)');
END;
CREATE TRIGGER redemptions_never_deleted BEFORE DELETE ON redemptions
BEGIN
    SELECT RAISE(ABORT, 'redemptions are never deleted (R19)');
END;

-- R21: the audit trail is append-only.
CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    at           TIMESTAMP(6)     NOT NULL,
    account_id   INTEGER       NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    channel      VARCHAR(400)  NOT NULL,
    action       VARCHAR(60)   NOT NULL,
    subject      VARCHAR(400)  NOT NULL,
    before_text  VARCHAR(4000) NOT NULL DEFAULT '',
    after_text   VARCHAR(4000) NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_account ON audit_log (account_id, id);
CREATE TRIGGER audit_log_never_updated BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is never edited (R21)');
END;
CREATE TRIGGER audit_log_never_deleted BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is never deleted (R21)');
END;
