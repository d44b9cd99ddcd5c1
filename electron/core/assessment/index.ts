export { assessmentsOf, type Assessments } from './assessments'
export { trustFigures, type AssessmentFacts } from './trust-figures'
export { summarizeAssessment, steadyRunFor } from './trust-summary'
