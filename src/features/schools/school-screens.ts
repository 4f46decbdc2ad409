/**
 * The school and student screens as one chunk behind one dynamic import: the router is part of the first
 * screen's JavaScript (its budget: `npm run build:report`), and each import() there costs its own preload wrapper and
 * dependency list. The screens are small and used together (list → school → student), so they load together.
 */
export { SchoolDetailScreen } from './components/school-detail-screen';
export { SchoolEditorScreen } from './components/school-editor-screen';
export { SchoolListScreen } from './components/school-list-screen';
export { StudentDetailScreen } from './components/student-detail-screen';
export { StudentEditorScreen } from './components/student-editor-screen';
