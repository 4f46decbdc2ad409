/** A read-only definition list of label/value pairs; empty values show a dash so the layout never jumps. */
export function DetailList({ items }: { items: Array<[string, string]> }) {
  return (
    <dl className="details">
      {items.map(([label, value]) => (
        <div key={label} className="details__item">
          <dt>{label}</dt>
          <dd className="prewrap">{value || '—'}</dd>
        </div>
      ))}
    </dl>
  );
}
