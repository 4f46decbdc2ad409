import { act, render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadableScreen } from './preloadable-screen';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const Hello = ({ name }: { name: string }) => <p>こんにちは {name}</p>;

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
}

describe('preloadableScreen', () => {
  it('renders at once, with its props, when preloaded; loads the code only once', async () => {
    let loads = 0;
    const Screen = preloadableScreen(async () => {
      loads += 1;
      return Hello;
    });
    await Promise.all([Screen.preload(), Screen.preload()]);
    render(<Screen name="山田" />);
    // No loading step: the first render already shows the screen.
    expect(screen.getByText('こんにちは 山田')).toBeTruthy();
    expect(loads).toBe(1);
  });

  it('shows a busy loading line until the code arrives, then the screen', async () => {
    const code = deferred<typeof Hello>();
    const Screen = preloadableScreen(() => code.promise);
    const { container } = render(<Screen name="佐藤" />);
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    await act(async () => code.resolve(Hello));
    expect(screen.getByText('こんにちは 佐藤')).toBeTruthy();
  });

  it('hands a failed load to the error boundary, and a later attempt loads again', async () => {
    let attempt = 0;
    const Screen = preloadableScreen(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('chunk missing');
      return Hello;
    });
    const quiet = console.error;
    console.error = () => {};
    try {
      render(
        <Boundary>
          <Screen name="x" />
        </Boundary>,
      );
      expect((await screen.findByRole('alert')).textContent).toBe('chunk missing');
    } finally {
      console.error = quiet;
    }
    await Screen.preload();
    expect(attempt).toBe(2);
  });
});
