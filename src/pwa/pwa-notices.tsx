/** The app frame's notices about the installed app: update prompt, install guidance, old unsent changes. */
import { InstallGuidance } from './install-guidance';
import { StaleOutboxBanner } from './stale-outbox-banner';
import { UpdatePrompt } from './update-prompt';

export function PwaNotices() {
  return (
    <>
      <div className="pwa-notices">
        <StaleOutboxBanner />
        <InstallGuidance />
      </div>
      <UpdatePrompt />
    </>
  );
}
