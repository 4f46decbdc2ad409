import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useUrlText } from './use-url-filter';

function setup(initial = '/seekers') {
  const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[initial]}>{children}</MemoryRouter>;
  return renderHook(() => ({ text: useUrlText('q'), location: useLocation(), navigate: useNavigate() }), { wrapper });
}

describe('useUrlText', () => {
  it('starts from the URL', () => {
    const { result } = setup('/seekers?q=%E3%81%95%E3%81%A8%E3%81%86');
    expect(result.current.text[0]).toBe('さとう');
  });

  it('shows what was typed in the same render, and the URL follows', async () => {
    const { result } = setup();
    act(() => result.current.text[1]('さと'));
    expect(result.current.text[0]).toBe('さと');
    await waitFor(() => expect(result.current.location.search).toBe(`?q=${encodeURIComponent('さと')}`));
    expect(result.current.text[0]).toBe('さと');
  });

  it('keeps the last keystroke when the URL catches up with an earlier one', async () => {
    const { result } = setup();
    act(() => result.current.text[1]('さ'));
    await waitFor(() => expect(result.current.location.search).toBe(`?q=${encodeURIComponent('さ')}`));
    act(() => result.current.text[1]('さとう'));
    act(() => result.current.text[1](''));
    expect(result.current.text[0]).toBe('');
    await waitFor(() => expect(result.current.location.search).toBe(''));
    expect(result.current.text[0]).toBe('');
  });

  it('gives way to a navigation it did not make (a link to the unfiltered list)', async () => {
    const { result } = setup();
    act(() => result.current.text[1]('さとう'));
    await waitFor(() => expect(result.current.location.search).not.toBe(''));
    act(() => {
      void result.current.navigate('/seekers?q=ab');
    });
    expect(result.current.text[0]).toBe('ab');
  });
});
