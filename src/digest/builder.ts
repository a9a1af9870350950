// Builds a subscription's digest from the current knowledge: content, texts in the
// subscription's language, and the id of the data state it shows. Texts are shared by
// every subscription with the same scope, schedule, language and baseline.
import type { Outbox } from "../db/outbox.ts";
import { digestContent, digestSnapshot, serializeSnapshot, type DigestContent, type DigestSnapshot } from "../domain/digest.ts";
import { townsInScope, type Subscription } from "../domain/subscription.ts";
import type { Catalog, Lang } from "../domain/types.ts";
import type { Knowledge } from "../knowledge.ts";
import { digestKeyboard, renderDigestTexts } from "../render/digest.ts";
import type { RenderContext, Reply } from "../render/types.ts";

export interface ComposedDigest {
  parts: Reply[];
  stateId: number;
  worthSending: boolean;
}

const TEXT_CACHE_LIMIT = 2000;

export class DigestBuilder {
  private current = new WeakMap<Catalog, Promise<{ id: number; snapshot: DigestSnapshot }>>();
  private texts = new Map<string, { content: DigestContent; texts: string[] }>();
  private textsOf: Catalog | null = null;

  constructor(
    private knowledge: Knowledge,
    private outbox: Outbox,
    private render: (lang: Lang) => RenderContext,
  ) {}

  /** The stored state the current data corresponds to (stored the first time it is seen). */
  currentState(catalog: Catalog): Promise<{ id: number; snapshot: DigestSnapshot }> {
    let p = this.current.get(catalog);
    if (!p) {
      const snapshot = digestSnapshot(catalog);
      const { json, hash } = serializeSnapshot(snapshot);
      p = this.outbox.stateId(hash, json).then((id) => ({ id, snapshot }));
      // A failed store must be retried next time, not remembered.
      p.catch(() => this.current.delete(catalog));
      this.current.set(catalog, p);
    }
    return p;
  }

  async compose(sub: Subscription, period: string, opts: { preview?: boolean } = {}): Promise<ComposedDigest> {
    const { catalog } = this.knowledge.current;
    const cur = await this.currentState(catalog);
    if (this.textsOf !== catalog || this.texts.size > TEXT_CACHE_LIMIT) {
      this.texts.clear();
      this.textsOf = catalog;
    }
    const towns = townsInScope(catalog, sub.scope);
    const key = [
      sub.language,
      towns.join(","),
      sub.scope.kind,
      sub.scope.kind === "tier" ? sub.scope.tierId : "",
      sub.schedule.weekday,
      sub.schedule.hour,
      sub.schedule.minute,
      period,
      sub.lastStateId ?? "first",
      cur.id,
      opts.preview ? "p" : "",
    ].join("|");
    const ctx = this.render(sub.language);
    let made = this.texts.get(key);
    if (!made) {
      const previous = sub.lastStateId === null ? null : sub.lastStateId === cur.id ? cur.snapshot : await this.outbox.state(sub.lastStateId);
      const content = digestContent(catalog, towns, previous);
      made = { content, texts: renderDigestTexts(catalog, sub, content, ctx, { period, preview: opts.preview }) };
      this.texts.set(key, made);
    }
    const keyboard = digestKeyboard(catalog, sub, made.content, ctx, !!opts.preview);
    const parts = made.texts.map((text, i) => (i === made.texts.length - 1 ? { text, keyboard } : { text }));
    return { parts, stateId: cur.id, worthSending: made.content.worthSending };
  }
}
