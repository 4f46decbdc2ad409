import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hasUnsavedChanges, useUnsavedChanges } from './unsaved-guard';

function Form({ dirty }: { dirty: boolean }) {
  useUnsavedChanges(dirty);
  return null;
}

describe('unsaved-changes registry', () => {
  it('reports unsaved input while any form is dirty and forgets it when the form is clean or gone', () => {
    const view = render(
      <>
        <Form dirty={false} />
        <Form dirty />
      </>,
    );
    expect(hasUnsavedChanges()).toBe(true);
    act(() =>
      view.rerender(
        <>
          <Form dirty={false} />
          <Form dirty={false} />
        </>,
      ),
    );
    expect(hasUnsavedChanges()).toBe(false);
    act(() => view.rerender(<Form dirty />));
    expect(hasUnsavedChanges()).toBe(true);
    view.unmount();
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('asks the browser to confirm closing the tab only while a form is dirty', () => {
    const view = render(<Form dirty />);
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    view.unmount();
    const later = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
  });
});
