/** The app frame's notices about the installed app: update prompt, install hint, old unsent changes. */
import { InstallHint } from './install-hint';
import { StaleOutboxBanner } from './stale-outbox-banner';
import { UpdatePrompt } from './update-prompt';

export function PwaNotices() {
  return (
    <>
      <div className="pwa-notices">
        <StaleOutboxBanner />
      </div>
      <InstallHint />
      <UpdatePrompt />
    </>
  );
}
