/**
 * Tracking (埋点): page views, dwell (closed by whichever of onHide / onUnload comes first: a page
 * being closed fires only onUnload), taps on layout modules, custom events, and the launch source.
 *
 * Every event is written to storage before track() returns (write-through), so an app that is
 * killed loses nothing it tracked: the next launch sends what is left. The queue is capped (oldest
 * dropped first, counted in `dropped` and reported as an `sdk_dropped` event). Batches hold at
 * most `batchSize` events and `batchBytes` bytes (the API takes 200 events / 256 KiB), and are
 * sent when the queue reaches `batchSize`, every `flushIntervalMs`, and when the app is hidden.
 * An event leaves the queue only when the API has answered for it; each carries an id, so a batch
 * sent twice (killed after sending, before hearing back) is counted once by the server.
 */
import { SiyuError } from "./errors.js";
import type { Http } from "./http.js";
import { singleFlight } from "./flight.js";
import { uuid } from "./ids.js";
import type { LaunchOptions, Platform } from "./platform.js";

export interface TrackedEvent {
  id: string;
  name: string;
  ts: number;
  page: string;
  session_id: string;
  element?: string;
  x?: number;
  y?: number;
  dwell_ms?: number;
  launch?: { scene?: string; query: Record<string, string> };
  experiments?: Record<string, string>;
  props?: Record<string, string | number | boolean>;
}

export type LaunchSourceType = "video" | "live" | "share" | "reminder" | "direct";

export interface LaunchSource {
  type: LaunchSourceType;
  scene?: string;
  videoId?: string;
  liveId?: string;
  inviterId?: string;
  reminderKey?: string;
}

export interface TrackerOptions {
  batchSize: number;
  batchBytes: number;
  maxQueue: number;
  flushIntervalMs: number;
  now: () => number;
}

export interface ModuleTap {
  page: string;
  moduleId: string;
  /** position of the tapped item inside the module (0-based), e.g. the 3rd product → 2 */
  position?: number;
  /** tap point, fraction of the page width / scroll height (0..1) */
  x?: number;
  y?: number;
  /** tap point inside the module's box (0..1) */
  moduleX?: number;
  moduleY?: number;
  props?: Record<string, string | number | boolean>;
}

const KEY_QUEUE = "siyu.events";
const KEY_DROPPED = "siyu.events.dropped";
const SESSION_GAP_MS = 30 * 60 * 1000;
const QUERY_KEYS = 20;

export function pagePath(page: string): string {
  const path = page.split("?")[0].replace(/^\/+/, "");
  return path.replace(/[^A-Za-z0-9_\-./]/g, "_").slice(0, 255) || "unknown";
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** Where this launch came from: a short video, a live room, a friend's share, a live reminder. */
export function launchSourceOf(launch: LaunchOptions | null): LaunchSource {
  const q = (launch && launch.query) || {};
  const scene = launch && launch.scene !== undefined ? String(launch.scene) : undefined;
  if (q.from === "live_reminder") return { type: "reminder", scene, liveId: q.id || q.live_id, reminderKey: q.r };
  if (q.live_id) return { type: "live", scene, liveId: q.live_id };
  if (q.video_id) return { type: "video", scene, videoId: q.video_id };
  if (q.inviter || q.share_from) return { type: "share", scene, inviterId: q.inviter || q.share_from };
  return { type: "direct", scene };
}

function launchPayload(launch: LaunchOptions | null): TrackedEvent["launch"] | undefined {
  if (!launch) return undefined;
  const query: Record<string, string> = {};
  const src = launch.query || {};
  for (const k of Object.keys(src).slice(0, QUERY_KEYS)) {
    if (/^[A-Za-z0-9_\-:.]{1,64}$/.test(k)) query[k] = String(src[k]).slice(0, 256);
  }
  // The API's source keys: `share_from` for the sharing member.
  if (query.inviter && !query.share_from && Object.keys(query).length < QUERY_KEYS) query.share_from = query.inviter;
  const scene = launch.scene !== undefined && launch.scene !== "" ? String(launch.scene).slice(0, 32) : undefined;
  return scene && /^[A-Za-z0-9_\-:.]+$/.test(scene) ? { scene, query } : { query };
}

export class Tracker {
  readonly stats = { sent: 0, batches: 0, dropped: 0 };
  readonly launch: LaunchOptions | null;
  readonly source: LaunchSource;
  private queue: TrackedEvent[];
  private sessionId = uuid().replace(/-/g, "");
  private hiddenAt: number | null = null;
  private readonly open: Record<string, number> = {};
  private readonly pageExperiments: Record<string, Record<string, string>> = {};
  private timer: unknown = null;
  private failures = 0;

  constructor(
    private readonly platform: Platform,
    private readonly http: Http,
    private readonly options: TrackerOptions,
  ) {
    this.launch = platform.launchOptions();
    this.source = launchSourceOf(this.launch);
    this.queue = this.load();
    this.stats.dropped = Number(platform.storage.get(KEY_DROPPED) || 0);
    platform.onAppHide(() => this.appHidden());
    platform.onAppShow(() => this.appShown());
    if (this.queue.length) this.schedule();
  }

  get session(): string {
    return this.sessionId;
  }

  get queued(): number {
    return this.queue.length;
  }

  // ------------------------------------------------------------------------- page lifecycle
  /** page onShow: a page view, and the dwell starts */
  pageShow(page: string, props?: TrackedEvent["props"]): void {
    const path = pagePath(page);
    this.open[path] = this.options.now();
    this.track("page_view", { page: path, launch: launchPayload(this.launch), props });
  }

  /** page onHide: the dwell ends (a page covered by another, or the app hidden) */
  pageHide(page: string): void {
    this.closeDwell(pagePath(page));
  }

  /** page onUnload: the dwell ends if onHide did not end it (a closing page fires only onUnload) */
  pageUnload(page: string): void {
    this.closeDwell(pagePath(page));
  }

  private closeDwell(path: string): void {
    const started = this.open[path];
    if (started === undefined) return;
    delete this.open[path];
    const dwell = Math.max(0, Math.min(this.options.now() - started, 24 * 3600 * 1000));
    this.track("page_leave", { page: path, dwell_ms: dwell });
  }

  /** a tap on a layout module, with where inside it (the module heatmap) */
  tapModule(tap: ModuleTap): void {
    const props: Record<string, string | number | boolean> = { module_id: tap.moduleId, ...(tap.props || {}) };
    if (tap.position !== undefined) props.position = tap.position;
    if (tap.moduleX !== undefined) props.module_x = clamp01(tap.moduleX);
    if (tap.moduleY !== undefined) props.module_y = clamp01(tap.moduleY);
    this.track("tap", {
      page: pagePath(tap.page),
      element: tap.moduleId,
      x: clamp01(tap.x === undefined ? tap.moduleX ?? 0.5 : tap.x),
      y: clamp01(tap.y === undefined ? tap.moduleY ?? 0.5 : tap.y),
      props,
    });
  }

  /** experiments shown on a page: attached to that page's events */
  setPageExperiments(page: string, experiments: Record<string, string>): void {
    this.pageExperiments[pagePath(page)] = experiments;
  }

  // ------------------------------------------------------------------------- the queue
  /** queue one event (stored before this returns) */
  track(name: string, fields: Partial<TrackedEvent> & { page: string }): TrackedEvent {
    const page = pagePath(fields.page);
    const event: TrackedEvent = { ...fields, id: uuid(), name, ts: this.options.now(), page, session_id: this.sessionId };
    const experiments = this.pageExperiments[page];
    if (experiments && Object.keys(experiments).length && !event.experiments) event.experiments = experiments;
    for (const k of Object.keys(event) as (keyof TrackedEvent)[]) if (event[k] === undefined) delete event[k];
    this.queue.push(event);
    if (this.queue.length > this.options.maxQueue) {
      const over = this.queue.length - this.options.maxQueue;
      this.queue.splice(0, over);
      this.stats.dropped += over;
      this.platform.storage.set(KEY_DROPPED, String(this.stats.dropped));
    }
    this.save();
    if (this.queue.length >= this.options.batchSize) void this.flush().catch(() => undefined);
    else this.schedule();
    return event;
  }

  /** send everything queued (one flush at a time; concurrent callers share it) */
  readonly flush = singleFlight(() => this.drain());

  private async drain(): Promise<void> {
    let size = this.options.batchSize;
    while (this.queue.length) {
      const batch = this.take(size);
      const ids: Record<string, true> = {};
      for (const e of batch) ids[e.id] = true;
      try {
        await this.http.call({
          method: "POST",
          path: "/v1/events",
          body: { sent_at: this.options.now(), events: batch },
          auth: "optional",
        });
        this.stats.sent += batch.length;
        this.stats.batches++;
        this.failures = 0;
      } catch (err) {
        if (err instanceof SiyuError && err.code === "EVENTS_BATCH_TOO_LARGE" && batch.length > 1) {
          size = Math.max(1, Math.floor(batch.length / 2));
          continue;
        }
        if (err instanceof SiyuError && err.status >= 400 && err.status < 500 && err.status !== 401 && err.status !== 429) {
          // The batch itself is refused for good (not a transient failure): do not send it again.
          this.stats.dropped += batch.length;
          this.platform.storage.set(KEY_DROPPED, String(this.stats.dropped));
        } else {
          this.failures++;
          this.schedule(Math.min(this.options.flushIntervalMs * Math.pow(2, this.failures), 5 * 60 * 1000));
          throw err;
        }
      }
      this.queue = this.queue.filter((e) => !ids[e.id]);
      this.save();
    }
  }

  /** the oldest events that fit one batch */
  private take(size: number): TrackedEvent[] {
    const batch: TrackedEvent[] = [];
    let bytes = 64; // {"sent_at":…,"events":[]}
    for (const e of this.queue) {
      if (batch.length >= size) break;
      const b = utf8Length(JSON.stringify(e)) + 1;
      if (batch.length && bytes + b > this.options.batchBytes) break;
      bytes += b;
      batch.push(e);
    }
    return batch;
  }

  private schedule(delay = this.options.flushIntervalMs): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.queue.length) void this.flush().catch(() => undefined);
    }, delay);
  }

  /** stop the flush timer (tests, or an app that shuts the SDK down) */
  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  // ------------------------------------------------------------------------- app lifecycle
  appHidden(): Promise<void> {
    this.hiddenAt = this.options.now();
    return this.flush().catch(() => undefined);
  }

  appShown(): void {
    if (this.hiddenAt !== null && this.options.now() - this.hiddenAt > SESSION_GAP_MS) {
      this.sessionId = uuid().replace(/-/g, "");
    }
    this.hiddenAt = null;
  }

  private load(): TrackedEvent[] {
    try {
      const raw = this.platform.storage.get(KEY_QUEUE);
      const list = raw ? (JSON.parse(raw) as TrackedEvent[]) : [];
      return Array.isArray(list) ? list : [];
    } catch {
      return [];
    }
  }

  private save(): void {
    this.platform.storage.set(KEY_QUEUE, JSON.stringify(this.queue));
  }
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

