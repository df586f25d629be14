-- An organisation without an SCB municipality code (a region, a kommunalförbund, a municipal
-- company) is named only in its plan file; stored, it gets a key of its own, N001 to N999, which
-- SCB never gives a municipality (SCB's codes are four digits).
alter table municipality drop constraint municipality_code_digits;
alter table municipality add constraint municipality_code_or_own_key
  check ((code between '0000' and '9999') or (code between 'N000' and 'N999'));
