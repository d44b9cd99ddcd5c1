export { plansOf, type Plans, CHART_WEEKS } from './plans'
export { isQuietTime } from './reminders'
