export { CONSOLE_PAGES, subjectPath } from './subject-path';
export type { LinkedSubject } from './subject-path';
