// The one extra origin a page may connect to once its member has joined a working group: the
// group's server. Read before the app starts, so the page's Content-Security-Policy lists it.
import { readJoinSettings, serverOrigin } from './joinSettings';

/** The joined server's ws:/wss: origin, or null while no one has joined (the default). */
export function joinedServerOrigin(): string | null {
  const settings = readJoinSettings();
  return settings ? serverOrigin(settings.server) : null;
}
