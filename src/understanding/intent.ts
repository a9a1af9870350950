// What a message asks, from the towns and places found in it and the cues' votes.
import type { TierId, TownStatus } from "../domain/types.ts";
import type { Cue } from "./lexicon.ts";
import type { Intent, Understanding } from "./types.ts";
import type { Votes } from "./votes.ts";

export interface IntentFacts {
  /** The tier the message names, if any. */
  tierCue: TierId | null;
  /** A town's name was used for something else (a street, a person). */
  dropped: boolean;
  /** A town's name was used for another place (a district, a village). */
  otherPlace: boolean;
  words: number;
  /** «моноқала», «моногород» in the singular: asked whether something is one. */
  singularMonotown: boolean;
  statusOf: (townId: string) => TownStatus | undefined;
  /** The region a gazetteer place is in. */
  placeRegion: (placeId: string) => string | undefined;
}

export function decideIntent(r: Understanding, v: Votes, f: IntentFacts): Intent {
  const n = (c: Cue) => v.n(c);
  const has = (c: Cue) => v.has(c);
  const townIds = r.towns;
  // A half-vote aside («к выезду акима области») does not outweigh a request for the card.
  const offtopic = has("offtopic") && n("offtopic") >= v.domainCount + n("overview");
  // «не хочу отписываться, наоборот — подпишите ещё на Балхаш»: the refusal turned round.
  if (has("contrast") && has("subscribe") && has("unsubscribe")) return "subscribe";
  if (has("unsubscribe") || (has("stop") && has("subscribe"))) return "unsubscribe";
  // «stop», «хватит» alone, or with towns and nothing asked about them («Балқаш пен Абайдан бас
  // тартамын»): said to a bot that sends digests, it can only mean those.
  if (has("stop") && f.words <= 2 && !townIds.length && !r.place && !r.region) return "unsubscribe";
  if (has("stop") && townIds.length && !v.domain && !offtopic && f.words <= 10) return "unsubscribe";
  // «как подписаться на журнал Forbes», «газетке қалай жазылуға болады»: another subscription.
  if (has("subscribe") && offtopic && !townIds.length && !f.tierCue) return "out_of_scope";
  // «а как подписаться вообще?», «жазылу қалай жасалады, үйретші»: how, not yet what to.
  if (has("subscribe") && has("help") && !townIds.length && !f.tierCue) return "help";
  if (
    has("subscribe") &&
    (f.tierCue || !(townIds.length === 0 && (has("progress") || has("shortfall")) && !has("monotown") && n("subscribe") < 2 && f.words > 6))
  )
    return "subscribe";
  if (townIds.length && offtopic) return "out_of_scope";
  if (townIds.some((id) => f.statusOf(id) !== "monotown")) return "former_monotown";
  if (townIds.length >= 2) return "compare";
  // «какие города в одной группе с Балхашем», «Теміртаумен бір топтағы қалалар»: that town's
  // tier, as a list (the answer finds the tier from the town).
  if (townIds.length === 1 && has("same") && has("list")) return "tier_list";
  if (townIds.length === 1) {
    const tier = n("tier") + (f.tierCue ? 1 : 0);
    const progress = n("progress");
    const shortfall = n("shortfall");
    const best = Math.max(tier, progress, shortfall);
    // A town and two or more words we know nothing of, and nothing we answer asked about:
    // «Хромтауда қыстық көмір қайдан алуға болады» (where to buy coal) is not for us.
    if (best === 0 && n("overview") + n("aspect") === 0 && r.unknownWords.length >= 2) return "out_of_scope";
    // «группа, ход реализации плана, финансирование»: asked about every section, it is the card.
    if (best === 0 || n("overview") + n("aspect") > best || (tier > 0 && progress > 0 && shortfall > 0)) return "town_overview";
    if (shortfall === best) return "shortfall";
    if (progress === best) return "progress";
    return "tier";
  }
  // «аксай в алматы микрорайон как доехать»: the namesake, and nothing we answer asked.
  if (f.otherPlace && offtopic && !v.domain) return "out_of_scope";
  if (f.otherPlace) return "not_monotown";
  // «город Шахты Ростовской области», «Аксу в Синьцзяне, рейсы из Алматы»: abroad, or a
  // name used for a street or a person next to a place, is not a question for us.
  if (has("abroad") || (f.dropped && r.place && !v.domain)) return "out_of_scope";
  if ((r.place || r.region) && offtopic) return "out_of_scope";
  // «Астанада жол жабылады дейді»: a place and words we know nothing of, nothing we answer.
  if (r.place && !v.domain && !has("overview") && r.unknownWords.length >= 2) return "out_of_scope";
  const placeRegion = r.place ? f.placeRegion(r.place) : undefined;
  if (r.place && (!r.region || r.region === placeRegion)) return "not_monotown";
  // «Абай облысы моноқала ма», «Абай облысы қай топта»: the region itself asked about as if a
  // town — it is not one; «моноқалалары», «моногорода области» ask for its towns.
  if (r.region && !has("list") && !has("quantity") && (f.singularMonotown || (has("tier") && !f.tierCue && !has("monotown")))) return "not_monotown";
  if (r.region) return "national_overview";
  if (f.dropped) return "out_of_scope";
  if (f.tierCue && !has("offtopic")) return "tier_list";
  if (has("tier") && has("list") && has("monotown")) return "tier_list";
  // «Сәлеметсіз бе, бұл бот қандай ақпарат береді?»: a greeting that goes on to ask what the bot tells.
  if (has("help") || (has("bot") && (!(has("greeting") || has("thanks")) || has("overview")))) return "help";
  if (offtopic) return "out_of_scope";
  // «спасибо большое, всё понятно», «всем привет»: thanks or hello with nothing asked.
  if ((has("thanks") || has("greeting")) && !v.domain && !has("quantity")) return "greeting";
  // «тольятти моногород?»: a place we do not know, asked about as a monotown, is not one of ours.
  if (f.singularMonotown && !has("national") && !has("quantity") && r.unknownWords.length > 0) return "out_of_scope";
  if (has("national") || has("monotown") || has("shortfall") || has("progress") || (has("quantity") && has("monotown"))) return "national_overview";
  if (has("greeting") || has("thanks")) return "greeting";
  return "out_of_scope";
}
