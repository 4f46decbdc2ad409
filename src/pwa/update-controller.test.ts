import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUpdateController, type UpdateBlocker } from './update-controller';

function setup(initial: UpdateBlocker | null = null) {
  let blocker = initial;
  const listeners = new Set<() => void>();
  const reload = vi.fn();
  const controller = createUpdateController({
    currentBlocker: () => blocker,
    subscribeBlockers: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reload,
  });
  const block = (next: UpdateBlocker | null) => {
    blocker = next;
    for (const listener of listeners) listener();
  };
  const skipWaiting = vi.fn();
  return { controller, block, reload, skipWaiting };
}

describe('update controller', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does nothing until the user agrees', () => {
    const { controller, skipWaiting, reload } = setup();
    controller.updateWaiting(skipWaiting);
    expect(controller.getState()).toMatchObject({ available: true, agreed: false });
    expect(skipWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('activates the waiting version at once when the user agrees and nothing blocks, then reloads when it controls', () => {
    const { controller, skipWaiting, reload } = setup();
    controller.updateWaiting(skipWaiting);
    controller.agree();
    expect(skipWaiting).toHaveBeenCalledTimes(1);
    controller.newVersionControls(true);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('asks a parked worker again until the new version controls, and only while nothing blocks', () => {
    vi.useFakeTimers();
    const { controller, block, skipWaiting, reload } = setup();
    controller.updateWaiting(skipWaiting);
    controller.agree();
    expect(skipWaiting).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3_000);
    expect(skipWaiting).toHaveBeenCalledTimes(2);
    // A form became dirty meanwhile: no activation (it would delete the precache under the form).
    block('unsaved');
    vi.advanceTimersByTime(9_000);
    expect(skipWaiting).toHaveBeenCalledTimes(2);
    block(null);
    expect(skipWaiting).toHaveBeenCalledTimes(3);
    controller.newVersionControls(true);
    expect(reload).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(30_000);
    expect(skipWaiting).toHaveBeenCalledTimes(3);
  });

  it('waits for an unsaved form to be saved or cancelled before activating', () => {
    const { controller, block, skipWaiting } = setup('unsaved');
    controller.updateWaiting(skipWaiting);
    controller.agree();
    expect(skipWaiting).not.toHaveBeenCalled();
    expect(controller.getState()).toMatchObject({ agreed: true, blocker: 'unsaved' });
    block(null);
    expect(skipWaiting).toHaveBeenCalledTimes(1);
  });

  it('waits for a push to finish, even when a form became dirty meanwhile', () => {
    const { controller, block, skipWaiting } = setup('pushing');
    controller.updateWaiting(skipWaiting);
    controller.agree();
    block('unsaved');
    expect(skipWaiting).not.toHaveBeenCalled();
    block(null);
    expect(skipWaiting).toHaveBeenCalledTimes(1);
  });

  it('does not reload on the very first install (clientsClaim takes control of an uncontrolled page)', () => {
    const { controller, reload } = setup();
    controller.newVersionControls(false);
    expect(reload).not.toHaveBeenCalled();
  });

  it('reloads a tab whose update another tab accepted only once its own form is clean', () => {
    const { controller, block, reload } = setup('unsaved');
    controller.newVersionControls(true);
    expect(reload).not.toHaveBeenCalled();
    block(null);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('hides the prompt on あとで and shows it again when the user agrees from settings', () => {
    const { controller, skipWaiting } = setup();
    controller.updateWaiting(skipWaiting);
    controller.postpone();
    expect(controller.getState().postponed).toBe(true);
    controller.agree();
    expect(controller.getState()).toMatchObject({ postponed: false, agreed: true });
  });

  it('tells subscribers which blocker is active', () => {
    const { controller, block } = setup();
    const seen: Array<UpdateBlocker | null> = [];
    controller.subscribe(() => seen.push(controller.getState().blocker));
    block('pushing');
    block(null);
    expect(seen).toEqual(['pushing', null]);
  });
});
