-- Why a drawn member left the panel: one of klero_domain::selection::WithdrawalReason's names,
-- never free text about the person. NULL while they are on the panel (and for rows before this).
ALTER TABLE selection_people ADD COLUMN withdrawal_reason TEXT;
