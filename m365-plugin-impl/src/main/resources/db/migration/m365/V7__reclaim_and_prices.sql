-- Unit prices admins set per licence (well-known free SKUs have a built-in price 0 in the code, which a
-- row here overrides), and the users exempt from the reclaim list, each with who decided and when.
-- Amounts keep up to four decimals, the most any ISO 4217 currency has (CLF); the rules allow no more
-- than the currency's own.
CREATE TABLE M365_LICENCE_PRICE (
    LICENCE_ID BIGINT        NOT NULL PRIMARY KEY,
    AMOUNT     DECIMAL(16,4) NOT NULL,
    CURRENCY   VARCHAR(3)    NOT NULL,
    PERIOD     VARCHAR(10)   NOT NULL,
    SET_BY     VARCHAR(256)  NOT NULL,
    SET_AT     ${timestamp}  NOT NULL,
    CONSTRAINT FK_M365_PRICE_LICENCE FOREIGN KEY (LICENCE_ID) REFERENCES M365_LICENCE (ID) ON DELETE CASCADE
)${tableOptions};

CREATE TABLE M365_RECLAIM_EXEMPTION (
    CONTACT_ID  BIGINT       NOT NULL PRIMARY KEY,
    NOTE        VARCHAR(500) NOT NULL,
    EXEMPTED_BY VARCHAR(256) NOT NULL,
    EXEMPTED_AT ${timestamp} NOT NULL,
    CONSTRAINT FK_M365_EXEMPTION_CONTACT FOREIGN KEY (CONTACT_ID) REFERENCES M365_CONTACT (ID) ON DELETE CASCADE
)${tableOptions};
