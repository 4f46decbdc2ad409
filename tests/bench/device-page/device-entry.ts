/** The device-reads bench page: the same steps as the Node run, on Chromium's IndexedDB (`window.deviceBench`). */
import { runDeviceReads, type DeviceRun } from '../device-steps';

declare global {
  interface Window {
    deviceBench: { run: (today: string, reps: number) => Promise<DeviceRun> };
  }
}

window.deviceBench = { run: (today, reps) => runDeviceReads(today, reps, `device-reads-${Date.now()}`) };
document.body.dataset['ready'] = 'true';
