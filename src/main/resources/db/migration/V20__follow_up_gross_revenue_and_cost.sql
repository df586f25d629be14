-- An area's gross revenue and cost at a follow-up occasion, where the plan budgets them (a gross
-- table): budget, outcome to date and forecast of each, signed as the plan signs them.
alter table follow_up_area add column revenue_budget numeric(21, 6);
alter table follow_up_area add column revenue_to_date numeric(21, 6);
alter table follow_up_area add column revenue_forecast numeric(21, 6);
alter table follow_up_area add column cost_budget numeric(21, 6);
alter table follow_up_area add column cost_to_date numeric(21, 6);
alter table follow_up_area add column cost_forecast numeric(21, 6);
