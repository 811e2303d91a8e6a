-- The words readers see for a panel's quota categories and values, per language
-- (klero_domain::labels). value is '' for the category's own label. Ids in the pool, the
-- quotas and the draw never change; these are only what pages, forms and letters show.
CREATE TABLE quota_labels (
    panel_id TEXT NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
    feature TEXT NOT NULL,
    value TEXT NOT NULL,
    lang TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (panel_id, feature, value, lang)
);
