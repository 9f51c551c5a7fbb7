-- The demo's VIP visits (campaign 8) were seeded before step 6 became due at the period's end:
-- give it the deadline the workflow now sets when execution starts.
UPDATE campaign SET step_deadline = period_end WHERE id = 8 AND state = 'EXECUTION';
