-- A funding request records the eligible expenses of the project it funds: PIA / France 2030 aid covers at most half
-- of them. Existing requests keep an unknown amount (null); the funders added to the codes (Département, Interreg,
-- Erasmus+, FSE, LIFE) need no change to the rows, which keep their codes.
alter table funding_request add column eligible_expenses numeric(14, 2) check (eligible_expenses > 0);
