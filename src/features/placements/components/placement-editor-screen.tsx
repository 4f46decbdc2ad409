/**
 * Proposing a trial placement (/placements/new) or editing one (/placements/:id/edit). A new one
 * starts from the seeker's page (?seekerId=…) or from a company's page, possibly against one of its
 * openings (?companyId=…&openingId=…); cancelling goes back there.
 */
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { RecordEditorScreen } from '../../../components/record-editor-screen';
import { PlacementForm, type PlacementStart } from './placement-form';

export function PlacementEditorScreen() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const start: PlacementStart = { seekerId: params.get('seekerId') ?? '', companyId: params.get('companyId') ?? '', openingId: params.get('openingId') ?? '' };
  const cameFrom = id ? `/placements/${id}` : start.seekerId ? `/seekers/${start.seekerId}` : start.companyId ? `/companies/${start.companyId}` : '/today';
  return (
    <RecordEditorScreen
      entity="trialPlacements"
      basePath="/placements"
      titles={{ create: 'placement.new.title', edit: 'placement.edit.title' }}
      renderForm={(props) => <PlacementForm {...props} start={start} onCancel={() => navigate(cameFrom)} />}
    />
  );
}
