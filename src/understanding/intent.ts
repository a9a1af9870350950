// What a message asks, from the towns and places found in it and the cues' votes.
import type { TierId, TownStatus } from "../domain/types.ts";
import type { Cue } from "./lexicon.ts";
import type { IntentRule } from "./rules.ts";
import type { Intent, Understanding } from "./types.ts";
import type { Votes } from "./votes.ts";

/** The sections of a town's card a question can ask for. */
export type Section = "tier" | "progress" | "shortfall";

export interface IntentFacts {
  /** The tier the message names, if any. */
  tierCue: TierId | null;
  /** Two tiers named side by side («сравни 1 и 3 группу»), or one only negated («какие не стагнирующие»). */
  tiersApart: boolean;
  /** A town's name was used for something else (a street, a person). */
  dropped: boolean;
  /** A town's name was used for another place (a district, a village). */
  otherPlace: boolean;
  words: number;
  /** A word for "all" («всех», «барлығынан», "all"). */
  all: boolean;
  /** The one town is named in the dative («Балқашқа», «Балхашу»). */
  dative: boolean;
  /** Nothing but one town and «а», «ал», «ше»: a follow-up («ал Рудныйға ше?»). */
  followUp: boolean;
  /** «Балқашқа жазыңыз», «Кентауды қосшы»: sign me up for the town (understand.ts). */
  signUp: boolean;
  /** Two questions joined by «и», «және» asking different sections: the first one's (understand.ts). */
  firstAsked: Section | null;
  /** The noun «бюджет», «госбюджет» in any case. */
  budget: boolean;
  /** «моноқала», «моногород» in the singular: asked whether something is one. */
  singularMonotown: boolean;
  /** A question word or a request (data/question-words.txt) outside the greeting's words. */
  questionWord: boolean;
  /** Such a word or a «?». */
  question: boolean;
  /** A question word and two words we know nothing of in clauses of their own beside a hello or thanks (greeting.ts). */
  questionBesideGreeting: boolean;
  /** Thanks for a chart or file already sent: «спасибо за график», «кесте үшін рахмет». */
  thanksForChart: boolean;
  statusOf: (townId: string) => TownStatus | undefined;
  /** The region a gazetteer place is in. */
  placeRegion: (placeId: string) => string | undefined;
}

/** The intent, and the rule that decided it. */
export interface Decision {
  intent: Intent;
  rule: IntentRule;
}

const by = (intent: Intent, rule: IntentRule): Decision => ({ intent, rule });

export function decideIntent(r: Understanding, v: Votes, f: IntentFacts): Decision {
  // Bound, not arrow functions: under tsx every named arrow made per call is also renamed.
  const n: (c: Cue) => number = v.n.bind(v);
  const has: (c: Cue) => boolean = v.has.bind(v);
  const townIds = r.towns;
  // A half-vote aside («к выезду акима области») does not outweigh a request for the card.
  const offtopic = has("offtopic") && n("offtopic") >= v.domainCount + n("overview");
  // «не хочу отписываться, наоборот — подпишите ещё на Балхаш»: the refusal turned round.
  if (has("contrast") && has("subscribe") && has("unsubscribe")) return by("subscribe", "intent.refusal-turned-round");
  if (has("unsubscribe") || (has("stop") && has("subscribe"))) return by("unsubscribe", "intent.unsubscribe");
  // «stop», «хватит» alone, or with towns and nothing asked about them («Балқаш пен Абайдан бас
  // тартамын»): said to a bot that sends digests, it can only mean those.
  if (has("stop") && f.words <= 2 && !townIds.length && !r.place && !r.region) return by("unsubscribe", "intent.stop-alone");
  // «барлығынан бас тарт», «хватит всё»: a refusal of everything, and nothing else asked.
  if (
    has("stop") &&
    f.all &&
    f.words <= 4 &&
    !townIds.length &&
    !r.place &&
    !r.region &&
    !has("progress") &&
    !has("shortfall") &&
    !has("tier") &&
    !has("monotown")
  )
    return by("unsubscribe", "intent.stop-all");
  if (has("stop") && townIds.length && !v.domain && !offtopic && f.words <= 10) return by("unsubscribe", "intent.stop-towns");
  // «как подписаться на журнал Forbes», «газетке қалай жазылуға болады»: another subscription;
  // «Рудныйда дәрігер қабылдауына қалай жазылуға болады»: a doctor's appointment in a town.
  if (has("subscribe") && offtopic && !f.tierCue) return by("out_of_scope", "intent.other-subscription");
  // «а как подписаться вообще?», «жазылу қалай жасалады, үйретші»: how, not yet what to; with
  // the wish said («хочу подписаться, как подписаться?») it is a subscription.
  if (has("subscribe") && has("help") && !has("wish") && !townIds.length && !f.tierCue) return by("help", "intent.how-to-subscribe");
  // «Балқашқа жазыңыз», «Кентауды қосшы»: write me down for a town, add a town.
  if (f.signUp && !offtopic) return by("subscribe", "intent.sign-up-verb");
  if (
    has("subscribe") &&
    (f.tierCue || !(townIds.length === 0 && (has("progress") || has("shortfall")) && !has("monotown") && n("subscribe") < 2 && f.words > 6))
  )
    return by("subscribe", "intent.subscribe");
  // «история Сарани», «Саран тарихы»: the town's history section. The history words are also
  // off-topic cues, so anything else off-topic or unknown («полигонның тарихы») keeps it out.
  if (townIds.length === 1 && has("history") && n("offtopic") <= n("history") && !r.unknownWords.length) return by("history", "intent.town-history");
  if (townIds.length && offtopic) return by("out_of_scope", "intent.offtopic-with-town");
  // «что неизвестно по Балхашу», «Балқаш бойынша қандай деректер жоқ»: the unknowns and their holders.
  if (has("gaps") && townIds.length <= 1 && !offtopic && !f.otherPlace && !r.place && !r.region) return by("gaps", "intent.gaps");
  // «когда Сарань исключили из перечня», «Арқалық тізімнен қашан шығарылды»: when one town left
  // the list, and nothing else asked about it, is a date of its history.
  if (townIds.length === 1 && has("former") && has("when") && !has("tier") && !has("progress") && !has("shortfall") && !f.tierCue && !r.unknownWords.length)
    return by("history", "intent.town-left-when");
  if (townIds.some((id) => f.statusOf(id) !== "monotown")) return by("former_monotown", "intent.former-monotown");
  if (townIds.length >= 2) return by("compare", "intent.two-towns");
  // «какие города в одной группе с Балхашем», «Теміртаумен бір топтағы қалалар», «Балқашпен бір
  // топтағы моноқалалар»: that town's tier, as a list (the answer finds the tier from the town).
  if (townIds.length === 1 && has("same") && (has("list") || has("monotown"))) return by("tier_list", "intent.same-tier-as-town");
  if (townIds.length === 1) {
    const tier = n("tier") + (f.tierCue ? 1 : 0);
    const progress = n("progress");
    const shortfall = n("shortfall");
    const best = Math.max(tier, progress, shortfall);
    // «ал Екібастұзға қанша?», «а Балхашу сколько?»: how much given to the town is its money.
    if (best === 0 && f.dative && has("quantity") && n("overview") + n("aspect") === 0 && !r.unknownWords.length)
      return by("shortfall", "intent.town-dative-quantity");
    // «ал Рудныйға ше?», «а Рудному?»: a follow-up with the town in the dative asks what it was given.
    if (best === 0 && f.dative && f.followUp) return by("shortfall", "intent.town-dative-follow-up");
    // A town and two or more words we know nothing of, and nothing we answer asked about:
    // «Хромтауда қыстық көмір қайдан алуға болады» (where to buy coal) is not for us.
    if (best === 0 && n("overview") + n("aspect") === 0 && r.unknownWords.length >= 2) return by("out_of_scope", "intent.town-unknown-words");
    // «график по Темиртау», «Балқаш бойынша диаграмма»: a town's chart is its funding chart,
    // which the funding section offers; not thanks for one already sent.
    if (best === 0 && has("chart") && !f.thanksForChart && n("aspect") === 0) return by("shortfall", "intent.town-chart");
    if (best === 0) return by("town_overview", "intent.town-nothing-asked");
    if (n("overview") + n("aspect") > best) return by("town_overview", "intent.town-overview-cue");
    // «группа, ход реализации плана, финансирование»: asked about every section, it is the card.
    if (tier > 0 && progress > 0 && shortfall > 0) return by("town_overview", "intent.town-every-section");
    // «в какой группе Сатпаев и сколько ему не доплатили»: two questions, the first one answered.
    if (f.firstAsked) return by(f.firstAsked, "intent.town-first-question");
    if (shortfall === best) return by("shortfall", "intent.town-shortfall");
    if (progress === best) return by("progress", "intent.town-progress");
    return by("tier", "intent.town-tier");
  }
  // «аксай в алматы микрорайон как доехать»: the namesake, and nothing we answer asked.
  if (f.otherPlace && offtopic && !v.domain) return by("out_of_scope", "intent.namesake-offtopic");
  if (f.otherPlace) return by("not_monotown", "intent.namesake");
  // «город Шахты Ростовской области», «Аксу в Синьцзяне, рейсы из Алматы»: abroad, or a
  // name used for a street or a person next to a place, is not a question for us.
  if (has("abroad")) return by("out_of_scope", "intent.abroad");
  if (f.dropped && r.place && !v.domain) return by("out_of_scope", "intent.dropped-name-near-place");
  if ((r.place || r.region) && offtopic) return by("out_of_scope", "intent.offtopic-with-place");
  // «Астанада жол жабылады дейді»: a place and words we know nothing of, nothing we answer.
  if (r.place && !v.domain && !has("overview") && r.unknownWords.length >= 2) return by("out_of_scope", "intent.place-unknown-words");
  const placeRegion = r.place ? f.placeRegion(r.place) : undefined;
  if (r.place && (!r.region || r.region === placeRegion)) return by("not_monotown", "intent.place-not-monotown");
  // «Абай облысы моноқала ма», «Абай облысы қай топта»: the region itself asked about as if a
  // town — it is not one; «моноқалалары», «моногорода области» ask for its towns.
  if (r.region && !has("list") && !has("quantity") && (f.singularMonotown || (has("tier") && !f.tierCue && !has("monotown"))))
    return by("not_monotown", "intent.region-as-town");
  if (r.region) return by("national_overview", "intent.region-towns");
  if (f.dropped) return by("out_of_scope", "intent.dropped-name");
  // «сравни 1 и 3 группу», «тоқыраған мен әртараптандыру жолындағы қалаларды салыстыр», «какие
  // моногорода не стагнирующие»: no one tier's list answers it; the picture by tier does.
  if (f.tierCue && f.tiersApart && !offtopic) return by("national_overview", "intent.tiers-side-by-side");
  // A half-vote aside («Министр назвал 4 стагнирующих моногорода») does not outweigh the tier.
  if (f.tierCue && !offtopic) return by("tier_list", "intent.tier-cue");
  if (has("tier") && has("list") && has("monotown")) return by("tier_list", "intent.tier-list-words");
  // «помоги с домашкой», «үй тапсырмасына көмектесші»: help with something else.
  if (has("help") && has("schoolwork") && !has("bot")) return by("out_of_scope", "intent.help-with-other");
  // «сделай домашку», «Здравствуйте, реши задачу по физике»: homework with no monotown word and
  // no tier asked, even with a work word («сделай») or a hello beside it, is not ours.
  if (has("schoolwork") && !has("bot") && !has("monotown") && !f.tierCue && !has("national")) return by("out_of_scope", "intent.schoolwork");
  // «Сәлеметсіз бе, бұл бот қандай ақпарат береді?»: a greeting that goes on to ask what the bot tells.
  // «Здравствуйте, что это за бот»: the bot asked about in a question after the greeting.
  if (has("help") || (has("bot") && (!(has("greeting") || has("thanks")) || has("overview") || f.questionWord))) return by("help", "intent.help");
  if (offtopic) return by("out_of_scope", "intent.offtopic");
  // «дефицит бюджета Казахстана», «мемлекеттік бюджеттің тапшылығы»: the budget with no town and
  // no monotown word is the state's (or a family's), not the plan's money.
  if (f.budget && !has("monotown") && !f.tierCue) return by("out_of_scope", "intent.state-budget");
  // «спасибо большое, всё понятно», «всем привет»: thanks or hello with nothing asked.
  const greets = (has("thanks") || has("greeting")) && !v.domain;
  // «Сәлеметсіз бе, шахтер күні қашан», «как приготовить бешбармак, спасибо»: the question is
  // asked in words of its own, the greeting in its own clause; it is read as if alone.
  if (greets && f.questionBesideGreeting && !has("national")) return by("out_of_scope", "intent.question-beside-greeting");
  // «Здравствуйте, а в целом по стране?», «Сәлем, барлық қалалар бойынша диаграмма»: the country
  // asked (in a question, or a chart or file of it wanted), not a hello to everyone («всем привет»).
  // «Здравствуйте, скинь csv»: a chart or file wanted is asked, whatever the country is said.
  if (greets && !has("quantity") && !has("chart") && !(f.question && has("national"))) return by("greeting", "intent.greeting");
  // «тольятти моногород?»: a place we do not know, asked about as a monotown, is not one of ours.
  if (f.singularMonotown && !has("national") && !has("quantity") && r.unknownWords.length > 0) return by("out_of_scope", "intent.unknown-place-as-monotown");
  // «сколько стоит рубль», «госдолг Казахстана», «стоимость газа для населения»: no monotown
  // word, at most one word about the country or the data (a currency, a price, a debt weigh
  // half), and a word we know nothing of: the country's other figures, not the monotowns'
  // («общий недофин по стране» has two).
  if (!has("monotown") && !has("tier") && n("national") + n("progress") + n("shortfall") < 2 && r.unknownWords.length > 0)
    return by("out_of_scope", "intent.country-unknown-words");
  if (has("national") || has("monotown") || has("shortfall") || has("progress") || (has("quantity") && has("monotown")))
    return by("national_overview", "intent.national");
  // «скинь csv», «кестені файлмен жібер»: a chart or file of the figures with nothing else said
  // (no town, no other subject; a hello or thanks beside it) is the one the bot sends of all the towns.
  if (has("chart") && !f.thanksForChart) return by("national_overview", "intent.chart-alone");
  if (has("greeting") || has("thanks")) return by("greeting", "intent.greeting-with-words");
  return by("out_of_scope", "intent.nothing-asked");
}
