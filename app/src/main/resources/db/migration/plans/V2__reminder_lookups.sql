-- The reminder banner shown on every page of a signed-in reporter looks up, for the activities of open cycles, the
-- reminders sent and the latest update of the cycle; these indexes keep that a few index probes per assignment.
create index cycle_assignment_activity on plans.cycle_assignment (activity_id);
create index reminder_cycle_activity on plans.reminder (cycle_id, activity_id);
create index progress_update_cycle_activity on plans.progress_update (cycle_id, activity_id, submitted_at desc);
