-- What kind of budget change it is, where the source says so (docs/followup-format.md): a volume
-- adjustment by the resource allocation model, prices and standard costs, a frame change, a frame
-- transfer, or a reallocation between two areas. Null: not stated. Existing rows stay not stated.
alter table follow_up_budget_change add column kind varchar(20);
alter table follow_up_budget_change add constraint follow_up_budget_change_kind
  check (kind in ('volume', 'price', 'frame_change', 'frame_transfer', 'reallocation'));
alter table follow_up_budget_change add constraint follow_up_budget_change_reallocation
  check (kind is null or kind <> 'reallocation' or (from_area is not null and to_area is not null));
