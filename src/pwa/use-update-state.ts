/** React view of the update controller (which lives outside React, next to the Workbox registration). */
import { useSyncExternalStore } from 'react';
import { updateController } from './register-service-worker';
import type { UpdateState } from './update-controller';

export function useUpdateState(): UpdateState {
  return useSyncExternalStore(updateController.subscribe, updateController.getState, updateController.getState);
}

export const agreeToUpdate = () => updateController.agree();
export const postponeUpdate = () => updateController.postpone();
