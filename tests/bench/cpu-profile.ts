/**
 * A sampled CPU profile of the bench page's main thread (Chrome DevTools Protocol, Profiler domain)
 * around one step, summed up: how much of the step's wall time the main thread was busy (and with
 * what, by function), and how much it sat idle waiting on IndexedDB, WebCrypto or the network.
 */
import type { Page } from 'playwright-core';

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

export type CpuSummary = { wallMs: number; busyMs: number; idleMs: number; top: { name: string; ms: number }[] };

const IDLE = new Set(['(idle)', '(program)']);

function summarise(profile: Profile, topN: number): CpuSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<string, number>();
  let idleMs = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber } = node.callFrame;
    if (IDLE.has(functionName)) idleMs += dt;
    else {
      const name = `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`.trim();
      selfMs.set(name, (selfMs.get(name) ?? 0) + dt);
    }
  });
  const wallMs = (profile.endTime - profile.startTime) / 1000;
  const busyMs = [...selfMs.values()].reduce((a, b) => a + b, 0);
  const top = [...selfMs.entries()].sort((a, b) => b[1] - a[1]).slice(0, topN).map(([name, ms]) => ({ name, ms }));
  return { wallMs, busyMs, idleMs, top };
}

/** Runs `step` with the main thread's profiler on (100 µs sampling) and sums the profile up. */
export async function profileStep<T>(page: Page, step: () => Promise<T>, topN = 12): Promise<{ result: T; cpu: CpuSummary }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await step();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  return { result, cpu: summarise(profile, topN) };
}
