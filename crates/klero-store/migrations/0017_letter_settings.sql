-- What the invitation letters need besides their texts (klero_domain::invitation): the
-- organisers' phone and e-mail printed on every letter, and the day registration opens (NULL:
-- as soon as the quotas are set). An invitee who types their code before that day reads when it
-- opens. None of this is personal: it is the organisers' own contact. The address block's lines
-- stay in recruitment_headers.address_columns_json, now a JSON array of lines, each an array of
-- columns (a flat array of columns, as 0009 wrote it, is read as a column a line).
CREATE TABLE recruitment_settings (
    panel_id TEXT PRIMARY KEY REFERENCES panels(id) ON DELETE CASCADE,
    contact_phone TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    opens_on TEXT
);

-- The population's shares the quotas were last proposed from (JSON: [{feature, value,
-- weight}]), for the recruitment dashboard to compare the replies with, category by category.
CREATE TABLE recruitment_shares (
    panel_id TEXT PRIMARY KEY REFERENCES panels(id) ON DELETE CASCADE,
    shares_json TEXT NOT NULL
);
