export { plansOf, type Plans, CHART_WEEKS } from './plans'
export { isQuietTime } from './reminders'
export { emptySchedule, lockedRemindersDue, type ReminderSchedule, type UpcomingReminder } from './reminder-schedule'
