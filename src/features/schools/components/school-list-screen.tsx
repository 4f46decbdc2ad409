/**
 * The schools of the nine towns, for coordinators and admins: search by name or reading (kana-folded),
 * filter by town. A teacher has one school and is taken straight to its page.
 */
import { Link, Navigate } from 'react-router';
import { useSession } from '../../../auth/use-session';
import { RecordListScreen } from '../../../components/record-list-screen';
import { FilterBar } from '../../../components/ui/filter-bar';
import { codeLabel, codeOptions } from '../../../lib/code-options';
import { useUrlFilter } from '../../../lib/use-url-filter';
import { TOWNS } from '../../../shared/codes';
import { useSchoolRows } from '../../../storage/hooks/use-school-screens';
import type { SchoolRow } from '../../../storage/school-screen-queries';
import { useSchoolMessages } from '../messages';

export function SchoolListScreen() {
  const { user } = useSession();
  if (user?.role === 'teacher' && user.schoolId) return <Navigate to={`/schools/${user.schoolId}`} replace />;
  return <SchoolList />;
}

function SchoolList() {
  const { t, tf } = useSchoolMessages();
  const url = useUrlFilter();
  const filter = { text: url.get('q'), town: url.getCode(TOWNS, 'town') };
  const rows = useSchoolRows(filter);
  const renderRow = (s: SchoolRow) => (
    <Link to={`/schools/${s.id}`} className="row-link">
      <span className="row-link__main">
        <span className="row-link__name">{s.name}</span>
        <span className="row-link__kana">{s.nameKana}</span>
      </span>
      <span className="row-link__meta">
        <span>{codeLabel(t, 'town', s.town)}</span>
        <span>
          {tf('school.teacherInCharge')}: {s.teacherInCharge}
        </span>
      </span>
    </Link>
  );
  return (
    <RecordListScreen
      title={tf('list.title')}
      newPath="/schools/new"
      filterBar={
        <FilterBar
          search={{ label: tf('list.searchLabel'), placeholder: tf('list.searchPlaceholder'), value: filter.text }}
          allLabel={t('common.all')}
          onChange={url.set}
          filters={[{ name: 'town', label: t('filter.town'), value: filter.town, options: codeOptions(t, 'town', TOWNS) }]}
        />
      }
      rows={rows}
      emptyText={tf('list.empty')}
      renderRow={renderRow}
    />
  );
}
