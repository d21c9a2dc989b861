-- An outcome's value is 0 to 10^9 of its unit (OUTCOME_VALUE_MAX in project.input.ts), so sums of
-- outcomes stay finite. NOT VALID: rows recorded before the bound are left for the project team to
-- correct (updateOutcome) or remove (removeOutcome); every new or changed row is checked.
ALTER TABLE "outcomes"
  ADD CONSTRAINT "outcomes_value_bounds" CHECK ("value" >= 0 AND "value" <= 1000000000) NOT VALID;
