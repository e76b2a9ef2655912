// Autosave of assessment items. Each item keeps the server's last answer, the person's local
// values and the changes not yet confirmed. Edits are saved after a short pause, one request per
// item at a time; what is typed is never dropped: a conflict keeps both versions for the person to
// choose, a network failure retries with back-off, a refusal keeps the value and shows why.
import type { QueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../../../../src/core/text';
import type { Item, ItemInput, ItemPatch } from './contract';
import { errorMessage, rawJson } from './http';
import { itemConflict } from '../../../../src/shared/api/assessments';

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'error' | 'offline' | 'conflict';

export interface LocalValues {
  input: ItemInput | null;
  note: string;
  na: { reason: string } | null;
  evidenceIds: string[];
  flagged: boolean;
}

export interface Conflict {
  mine: ItemPatch;
  theirs: Item;
}

export interface ItemState {
  item: Item;
  local: LocalValues;
  status: SaveStatus;
  error: Bilingual | null;
  conflict: Conflict | null;
}

interface Slot extends ItemState {
  pending: ItemPatch;
  inFlight: ItemPatch | null;
  timer: ReturnType<typeof setTimeout> | null;
  retries: number;
}

const DEBOUNCE_MS = 700;
const MAX_BACKOFF_MS = 30_000;

export function isFlagged(item: Item): boolean {
  return item.flagged;
}

export function localOf(item: Item): LocalValues {
  return {
    input: item.input,
    note: item.note,
    na: item.na,
    evidenceIds: item.evidenceIds,
    flagged: isFlagged(item),
  };
}

function isEmpty(p: ItemPatch): boolean {
  return Object.keys(p).length === 0;
}

function applyPatch(local: LocalValues, patch: ItemPatch): LocalValues {
  const next = { ...local };
  if ('input' in patch) next.input = patch.input ?? null;
  if (patch.note !== undefined) next.note = patch.note;
  if ('na' in patch) next.na = patch.na ?? null;
  if (patch.evidenceIds !== undefined) next.evidenceIds = patch.evidenceIds;
  if (patch.flagged !== undefined) next.flagged = patch.flagged;
  return next;
}

export class AutosaveStore {
  private slots = new Map<string, Slot>();
  private listeners = new Set<() => void>();
  private snapshot = new Map<string, ItemState>();
  private onSaved: () => void;

  constructor(
    private readonly qc: QueryClient,
    private readonly assessmentId: string,
    onSaved: () => void,
  ) {
    this.onSaved = onSaved;
  }

  subscribe = (cb: () => void): (() => void) => {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  };

  getSnapshot = (): Map<string, ItemState> => this.snapshot;

  private emit(): void {
    const next = new Map<string, ItemState>();
    for (const [id, s] of this.slots) {
      next.set(id, { item: s.item, local: s.local, status: s.status, error: s.error, conflict: s.conflict });
    }
    this.snapshot = next;
    for (const l of this.listeners) l();
  }

  /** Takes the server's items; an item with unsaved or unresolved local changes keeps them. */
  ingest(items: Item[]): void {
    for (const item of items) {
      const slot = this.slots.get(item.nodeId);
      if (!slot) {
        this.slots.set(item.nodeId, {
          item,
          local: localOf(item),
          status: 'saved',
          error: null,
          conflict: null,
          pending: {},
          inFlight: null,
          timer: null,
          retries: 0,
        });
      } else if (slot.status === 'saved' && item.version >= slot.item.version) {
        slot.item = item;
        slot.local = localOf(item);
      }
    }
    this.emit();
  }

  hasUnsaved(): boolean {
    for (const s of this.slots.values()) if (s.status !== 'saved') return true;
    return false;
  }

  edit(nodeId: string, patch: ItemPatch, immediate = false): void {
    const slot = this.slots.get(nodeId);
    if (!slot) return;
    slot.local = applyPatch(slot.local, patch);
    slot.pending = { ...slot.pending, ...patch };
    if (slot.status === 'conflict') {
      // The person keeps typing while the conflict is open: it stays theirs to resolve.
      this.emit();
      return;
    }
    if (slot.status !== 'saving') slot.status = 'dirty';
    slot.error = null;
    this.schedule(slot, immediate ? 0 : DEBOUNCE_MS);
    this.emit();
  }

  retry(nodeId: string): void {
    const slot = this.slots.get(nodeId);
    if (slot) this.schedule(slot, 0);
  }

  /** Saves every waiting change now (before leaving, before sending for review). */
  async flushAll(): Promise<void> {
    const waits: Promise<void>[] = [];
    for (const slot of this.slots.values()) {
      if (!isEmpty(slot.pending) && slot.status !== 'conflict' && !slot.inFlight) {
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = null;
        waits.push(this.save(slot));
      }
    }
    await Promise.all(waits);
  }

  resolve(nodeId: string, choice: 'mine' | 'theirs' | 'merge'): void {
    const slot = this.slots.get(nodeId);
    if (!slot?.conflict) return;
    const { mine, theirs } = slot.conflict;
    slot.item = theirs;
    slot.conflict = null;
    slot.error = null;
    if (choice === 'theirs') {
      slot.pending = {};
      slot.local = localOf(theirs);
      slot.status = 'saved';
      this.emit();
      return;
    }
    let patch: ItemPatch = { ...mine };
    if (choice === 'merge') {
      const notes = [theirs.note.trim(), (mine.note ?? '').trim()].filter((n, i, all) => n && all.indexOf(n) === i);
      patch = { ...patch, note: notes.join('\n') };
    }
    slot.pending = patch;
    slot.local = applyPatch(localOf(theirs), patch);
    slot.status = 'dirty';
    this.schedule(slot, 0);
    this.emit();
  }

  /**
   * The screen is going away: what is still waiting is saved now rather than dropped. Subscribers
   * unsubscribe themselves (React may re-run effects, so the store stays usable).
   */
  dispose(): void {
    void this.flushAll();
  }

  private schedule(slot: Slot, delay: number): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      slot.timer = null;
      if (!slot.inFlight) void this.save(slot);
    }, delay);
  }

  private async save(slot: Slot): Promise<void> {
    if (isEmpty(slot.pending) || slot.inFlight) return;
    const sent = slot.pending;
    slot.inFlight = sent;
    slot.pending = {};
    slot.status = 'saving';
    this.emit();
    const path = `/assessments/${encodeURIComponent(this.assessmentId)}/items/${encodeURIComponent(slot.item.nodeId)}`;
    const res = await rawJson(this.qc, 'PUT', path, { baseVersion: slot.item.version, ...sent });
    slot.inFlight = null;
    if (res.status >= 200 && res.status < 300 && res.body && typeof res.body === 'object') {
      const item = res.body as Item;
      slot.item = item;
      slot.retries = 0;
      slot.error = null;
      // Changes typed while this request travelled stay local and go out next.
      slot.local = applyPatch(localOf(item), slot.pending);
      if (isEmpty(slot.pending)) slot.status = 'saved';
      else {
        slot.status = 'dirty';
        this.schedule(slot, DEBOUNCE_MS);
      }
      this.emit();
      this.onSaved();
      return;
    }
    // Not saved: everything sent is waiting again, with the newer edits on top.
    slot.pending = { ...sent, ...slot.pending };
    if (res.status === 409) {
      const theirs = conflictTheirs(res.body);
      if (theirs) {
        slot.conflict = { mine: slot.pending, theirs };
        slot.status = 'conflict';
        slot.error = null;
        this.emit();
        return;
      }
    }
    if (res.status === 0 || res.status >= 500 || res.status === 429) {
      slot.status = 'offline';
      slot.error = errorMessage(res.body);
      const wait = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** slot.retries);
      slot.retries += 1;
      this.schedule(slot, wait);
    } else {
      slot.status = 'error';
      slot.error = errorMessage(res.body) ?? { vi: `Lỗi ${res.status}`, en: `Error ${res.status}` };
    }
    this.emit();
  }
}

function conflictTheirs(body: unknown): Item | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const err = body.error;
  if (typeof err !== 'object' || err === null || !('details' in err)) return null;
  const parsed = itemConflict.safeParse(err.details);
  return parsed.success ? parsed.data.theirs : null;
}
