// A newer version of the app that has been downloaded and waits for the user's go-ahead.
class AppUpdate {
  /** Applies the waiting version (the page reloads); null when there is none, or it was put off. */
  apply = $state.raw<(() => void) | null>(null);
}

export const appUpdate = new AppUpdate();
