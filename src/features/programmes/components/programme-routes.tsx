/**
 * The programme screens, routed inside the feature: the app's route table names only /programmes/*
 * and /sessions/* (one chunk for all of them), because every entry there weighs on the first screen's
 * JavaScript (budget: `npm run build:report`). The attendance screen (/sessions/:id/attendance) is an
 * entry of its own in the app's table, which outranks /sessions/*.
 */
import { useRoutes } from 'react-router';
import { CareerPlanScreen } from './career-plan-screen';
import { ProgrammeEditorScreen } from './programme-editor-screen';
import { ProgrammeListScreen } from './programme-list-screen';
import { ProgrammePageScreen } from './programme-page-screen';
import { SessionEditorScreen } from './session-editor-screen';
import { SessionPageScreen } from './session-page-screen';

/** /programmes, /programmes/new, /programmes/:id(/edit), /programmes/:programmeId/sessions/new, /programmes/:id/career-plans/:studentId */
export function Programmes() {
  return useRoutes([
    { index: true, element: <ProgrammeListScreen /> },
    { path: 'new', element: <ProgrammeEditorScreen /> },
    { path: ':id', element: <ProgrammePageScreen /> },
    { path: ':id/edit', element: <ProgrammeEditorScreen /> },
    { path: ':programmeId/sessions/new', element: <SessionEditorScreen /> },
    { path: ':id/career-plans/:studentId', element: <CareerPlanScreen /> },
  ]);
}

/** /sessions/:id and /sessions/:id/edit */
export function Sessions() {
  return useRoutes([
    { path: ':id', element: <SessionPageScreen /> },
    { path: ':id/edit', element: <SessionEditorScreen /> },
  ]);
}
