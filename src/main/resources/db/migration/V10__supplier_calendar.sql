-- A consumer's supplier calendar (calendrier fournisseur) over its attachment: BASE (one class), HP_HC (peak and
-- off-peak by the attachment's off-peak hours) or SEASONAL (the four classes). Null: HP_HC, as before.
ALTER TABLE participant ADD COLUMN supplier_calendar VARCHAR(8)
    CHECK (supplier_calendar IN ('BASE', 'HP_HC', 'SEASONAL'));
