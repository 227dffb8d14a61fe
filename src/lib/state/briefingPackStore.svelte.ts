// The briefing pack's choices (scenarios shown, cover texts), remembered per workspace as the
// "briefingPack" setting. Typing in a cover field saves after a short pause, not on every key.
import type { PlannerDatabase } from '../db/database';
import { getSetting, setSetting } from '../db/scenarioRepository';
import { BRIEFING_PACK_SETTING, defaultBriefingChoices, type BriefingCoverText, type BriefingPackChoices } from '../export/briefingPackChoices';
import { t } from '../i18n/i18n.svelte';

const SAVE_DELAY_MS = 400;

export class BriefingPackStore {
  choices = $state.raw<BriefingPackChoices>(defaultBriefingChoices());
  /** Set while the last write was refused: the choices then last for this visit only. */
  saveError = $state<string | null>(null);
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly db: PlannerDatabase) {}

  async load(): Promise<void> {
    const stored = await getSetting<BriefingPackChoices>(this.db, BRIEFING_PACK_SETTING).catch(() => undefined);
    this.choices = stored ?? defaultBriefingChoices();
  }

  update(patch: Partial<Omit<BriefingPackChoices, 'cover'>>): void {
    this.choices = { ...this.choices, ...patch };
    this.scheduleSave();
  }

  setCover(field: keyof BriefingCoverText, value: string): void {
    this.choices = { ...this.choices, cover: { ...this.choices.cover, [field]: value } };
    this.scheduleSave();
  }

  /** Writes now what is waiting (the page is being left or printed). */
  async flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    try {
      await setSetting(this.db, BRIEFING_PACK_SETTING, $state.snapshot(this.choices));
      this.saveError = null;
    } catch (error) {
      this.saveError = t('export.pack.notSaved', { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  }

  private scheduleSave(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }
}
