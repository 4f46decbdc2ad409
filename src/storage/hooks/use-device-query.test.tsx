import { act, renderHook, waitFor } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db';
import { useDeviceQuery } from './use-device-query';

const meta = (key: string, value: unknown) => db.meta.put({ key, value });

class Caught extends Component<{ children: ReactNode; onError: (error: unknown) => void }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError = () => ({ failed: true });
  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

describe('useDeviceQuery', () => {
  beforeEach(async () => {
    await db.meta.clear();
  });

  it('gives its initial value until the database answers, then follows the writes', async () => {
    await meta('a', 1);
    const { result } = renderHook(() => useDeviceQuery((device) => device.meta.count(), { initial: -1 }));
    expect(result.current).toBe(-1);
    await waitFor(() => expect(result.current).toBe(1));
    await act(() => meta('b', 2));
    await waitFor(() => expect(result.current).toBe(2));
  });

  it('starts the query again when rerunOn changes, keeping the last answer meanwhile', async () => {
    await Promise.all([meta('a', 'first'), meta('b', 'second')]);
    const { result, rerender } = renderHook(({ key }) => useDeviceQuery(async (device) => (await device.meta.get(key))?.value, { rerunOn: key }), {
      initialProps: { key: 'a' },
    });
    await waitFor(() => expect(result.current).toBe('first'));
    rerender({ key: 'b' });
    expect(result.current).toBe('first');
    await waitFor(() => expect(result.current).toBe('second'));
  });

  it('throws a failed query to the error boundary', async () => {
    const errors: unknown[] = [];
    // React reports the caught error on the console: expected here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderHook(() => useDeviceQuery(() => Promise.reject(new Error('no such table'))), {
      wrapper: ({ children }) => <Caught onError={(error) => errors.push(error)}>{children}</Caught>,
    });
    await waitFor(() => expect(errors).toEqual([expect.objectContaining({ message: 'no such table' })]));
    quiet.mockRestore();
  });
});
