// The rules that decide what a message means, by stable id: `Understanding.because` lists
// the ones that fired, so a reply, a test or `npm run misses` can say why. An id names what
// the rule means, never its place in the code; ids are never renumbered or reused, and a
// rule that goes away takes its id with it. docs/understanding.md lists them (a test keeps
// that list in step with this one). The rules of names shared with something else are data
// (data/homonyms.json, read by homonyms.ts) so a linguist adds one without TypeScript.
import { HOMONYMS } from "./homonyms.ts";

const CODE_RULES = {
  // The reply language (language.ts): one of these for every message.
  "lang.kazakh": "the words lean clearly to Kazakh",
  "lang.russian": "the words lean clearly to Russian (English counts as Russian)",
  "lang.no-sign": "no clear sign of a language: the user's stored one",
  "lang.kazakh-predicate":
    "Russian words in a message that ends on a Kazakh verb of standing or belonging («тұр», «жатыр», «кіреді»), a question particle allowed after it: Kazakh puts the verb last, so it frames the sentence",
  "lang.kazakh-existential":
    "Russian words in a message that ends on «бар» or «жоқ» (there is, there is not), a question particle allowed after it: that predicate frames the sentence, so it is Kazakh",
  "lang.kazakh-question-particle":
    "Russian words in a message that ends on a Kazakh question particle («ма», «ме», «ба», «па») right after a Russian verb in the past tense («объекты сдали ма?»): the particle asks the question in Kazakh",

  // How the words were read (layout.ts).
  "text.keyboard-layout":
    "words keyed on the Latin layout that nothing knows («Ntvbhnfe», «Ghbdtn»), read as the Russian letters on the same keys («Темиртау», «Привет») when that reading knows more of the message and finds a town or a question",

  // What a town's name means (verdicts.ts), once per town name found, as `rule:townId`.
  "town.plain": "a town's name with nothing around it that says otherwise: the town",
  "town.unshared-name":
    "a name of a homonym's town that names nothing else, listed as `unshared` in data/homonyms.json (Алтай's former name «Зыряновск», «Зырян»): the town, whatever the homonym's rules would say",
  "town.city-after-aside":
    "a city word right after an aside in brackets that follows the name, as an encyclopedia opens an entry («Аба́й (до 1961 — посёлок Чурубай-Нура) — город…»): the town, whatever a homonym's rules would say",
  "town.street-list":
    "a person's name in the Russian genitive (Абай, Сатпаев, Курчатов) beside another surname's genitive, a comma between («Объезд по Мендикулова, Назарбаева, Сатпаева»): a list of streets",
  "town.residents": "the town's residents, a noun made from its name («темиртаусцы», «жанаозенцами», «рудничане»): the town, whatever stands beside them",
  "town.street":
    "a street or microdistrict word, or its abbreviation («ул.», «көш.», «к-сі», «даң.»), right beside the name («улица Сатпаева», «Абай көш., 49»; after it, with the name in the genitive or another city after it: «Сатпаева улица», «Абай проспект Семей»), not one after «г. Экибастуз» (an address in the town); a Kazakh one only after the name, and not its plural after one name («Балқаш көшелері»: the town's streets; «Абай мен Сәтбаев көшелері» are streets)",
  "town.venue": "a shop, a restaurant, a club, a film or a series beside the bare name («магазин Рудный», «Ермак сериал»): the thing so named",
  "town.name-given":
    "the bare name right after a noun it is given by (`data/naming-nouns.txt`: «имя»), with a town or settlement word in the message («посёлок получил статус города и имя Темиртау», «посёлку присвоено имя Абай»): the place named so, not a person; «имени Абая» (named after him) stays the person's",
  "town.person-near": "a person's word within two words («Қаныш Сәтбаев кім болған», «Курчатовский институт»)",
  "town.abroad-near": "a place abroad within three words («Аксу в Синьцзяне», «Лениногорск Татарстан»)",
  "town.person-title":
    "a person's title of data/person-titles.txt right after the bare name, bare or with its endings but not the third person's possessive («Құлсары батыр», «Құлсары бабамызды»; not «Кентау батыры», the town's hero), or in lower case right before it, as Russian writes one («о батыре Кульсары»): a person",
  "town.patronymic":
    "a patronymic right after the name (with a capital when the name has one), a Russian one with a capital right before it, in any case, or the name made one: a person («Абай Құнанбайұлы», «ермак тимофеевич», «Филиппа Филипповича Риддера», «Абылайхан Абайұлы»; not «Риддеру вернули», a verb)",
  "town.given-name":
    "a name that is also a given name, with a surname after it or before it, or a name that can be a surname right after a given name of data/given-names.txt, that one also capitalised with a case ending when the name has one: a person («Алтай Көлгінов», «Темірбаев Абай», «Халифа Алтай», «с Ерланом Сатпаевым»)",
  "town.surname":
    "a surname made from the name («Абаев», «В.Ермаков»), or in running text one within typo reach of a town named after a person («Сатыбаев Данияр»): a person",
  "town.typo-before-surname":
    "a capitalised name read only through a typo right before a capitalised surname (-ов, -ев, -ова, -ева): a person's given name («Күлшара Саханова» is not Құлсары)",
  "town.typo-given-name":
    "a word read only through a typo that is a given name of data/given-names.txt, with its endings or not, in a message that asks nothing about the data («Қаратай ағамыз келді», «Қаратайды шақырдық»): a person, not a misspelt town",
  "town.initial": "a capital initial and a full stop right before a name that is a surname («Қ.Сәтпаев», «К. Сатпаева»): a person",
  "town.typo-in-text":
    "a name read only through a typo in running text (twelve words or more, not a message of fewer than 24 words that opens with a hello) that asks nothing about the data: another word, such as a person's name («Қаратайды» is not Қаратау); published text spells a town right",
  "town.typo-beside-city":
    "a name read only through a typo, with a city word beside it, in a sentence written as published text writes one (a capital first, a full stop last; twelve words or more, at most one in ten about the data): another town, spelt as it is («Жамбыл облысы Жаңатау қаласында … бастаған.» is not Жаңатас)",
  "town.lower-case-typo":
    "a name read only through a typo, typed in lower case with no city word beside it, where the writer capitalises names or writes a sentence out (a capital first, a full stop last) that asks nothing about the data («бес-алтауы», «Аллаһ … құлдарына», «Ол арқылық жолмен келді.»): another word; such a writer gives a town a capital",
  "town.typo-in-quotes":
    "a name read only through a typo, alone inside quotes, with no city word beside it («Ақан серінің «Балқадиша» әні»): the name of a song, a book or a company, not a misspelt town",
  "town.numbered":
    "a number right after the name and no «г.» before it: a microdistrict, a station or a deposit («Аксай-4», «Екібастұз-1»); not one a microdistrict's word follows after a name no city's district bears (the gazetteer's homonyms: Almaty's Аксай): «Темиртау 3 микрорайон» is the town's own",
  "town.na-genitive": "«на Абая», «на Сатпаева»: a street named after the person",
  "town.house-number": "«Сатпаева, 49», «Абая 12»: a person's genitive and a house number, no «г.» before it and nothing asked about the data: an address",
  "town.river-or-lake":
    "a river or a lake beside the name and no «город» word (a word before the name past a comma ends the item before it: «Қарағанды көмір алабының, Балқаштағы мыс зауытының» is the town)",
  "town.nature-named-before":
    "the name with no city word, bare or in a case that says no place where something is («Балқашқа құятын өзен», not «Балқашта тұратындар», «в Балхаше»), in running text (twelve words or more, at most one in ten about the data) after the text named a lake, a river or mountains so («Екібастұз көлінен … Екібастұз 20 палеолит дәуірінің тұрағы»): that, or a thing named after it",
  "town.landform":
    "a Kazakh landform's noun with its ending right after the name, no «город» word: the mountain or depression named so («Жаңатас тауы», «Кентаудың тауы»; Арқалық and Балқаш have their homonym rules)",
  "town.settlement-became-city":
    "a settlement's word beside the name («посёлок», «кенті») and a city's status granted in the message (data/lexicon/status.txt: «статус», «стал городом», «мәртебесі»), no other place named: the town when it was a settlement («в 1963 году посёлок Каражал официально назначен городом», «Қаражал кенті қала мәртебесін алды»)",
  "town.area-district": "«ауданы», «району» right after the name: a district of that name",
  "town.village-near":
    "«село», «посёлок» before the name, «ауылы», «кенті» after it: a village of that name (a Kazakh village word before the name is the word before's: «Амантоғай ауылынан Арқалыққа»)",
  "town.under-town":
    "the name right after «қарасты» (under) with another town in the dative before it, bare or with its city word («Степногорскіге қарасты Ақсудағы кеніш», «Степногорск қаласына қарасты Ақсу кенті»): a settlement in that town's territory, not the town of its name",
  "town.facility":
    "an enterprise, a facility or a college named after the town («Екібастұз ГРЭС-1», «Ақсу ферроқорытпа зауыты», «Екібастұз тау-кен техникумы», «станций Жамбыл-Жанатас»), not the town's own plants («Балқаштағы зауыттар»), in running text or a short sentence written as one (a capital, a full stop, nothing about the data); the facility word right beside the name, its hyphenated pair or its quotes counts with up to three words about the data, one up to three words after the name with up to two (then only a singular one), or with one word in ten of a longer text (a career's «бітіріп», «орынбасары», «атқарды»: «Риддер руднигінің», «Лениногор кен басқармасы»); in any short message asking nothing about the data, when or how much, a mine's or a deposit's noun right before the bare name, or right after it in the singular, is the site («рудник Аксу», «Ақсай кен орны»)",
  "town.org-form":
    "an organisational form in capitals beside the name, its hyphenated compound or its quotes («Жылусервис-Ақсу» КМК, АО «АрселорМиттал Темиртау»): the organisation, not the town",
  "town.named-again":
    "the same town's name and the word after it are an organisation's elsewhere in the text, beside its legal form («Экибастузской ГРЭС-2…, АО «Станция Экибастузская ГРЭС-2»»): that organisation",
  "town.abbreviated-name":
    "an abbreviation in brackets right after words whose initials it spells, the name among them («Ассоциация промышленников и предпринимателей Экибастуза (АППЭ)»): an organisation's full name",
  "town.quoted-name":
    "the name in the nominative in short quotes with no city word and nothing about the data in them, in running text or with a facility word beside, outside the quotes or inside them right beside the name («Ақсу жолы», «Екібастұз» кен орны, «АрселорМиттал Темиртау» прекратил закуп): a thing named after the town",
  "town.compound-name":
    "the name joined by a hyphen to a capitalised word that is no place's name, a mountain's or a nature reserve's word beside the pair («Ақсу-Бас тауы», «Ақсу-Жабағылы қорығы»), or a facility's in running text («Риддер-Сокол кен орны»): a peak's, a reserve's, a deposit's or a company's name",
  "town.compound-adjective":
    "the name joined by a hyphen to a Russian adjective after it («Балхаш-Алакольский бассейн»): a basin's, a region's or a route's compound name, not the town",
  "town.facility-list":
    "the name in a list (commas) opening with a colon or a bracket just after a facility word, in running text («кен орындары: Риддер-Сокол, Тишин», «кен орындары (Шолақтау, Ақсай, Жаңатас)»): those facilities",
  "town.hyphen-pair": "the name joined by a hyphen to another place's («Балқаш-Жезқазған өнеркәсіп тораптары»): a route or a hub named by the towns, the town",
  "town.in-list":
    "a monotown in a list of places («Қарағанды, Теміртау, Жезқазған», «Павлодар, Ақсу және Екібастұз қалаларында»), a shared name only with another monotown or a town word after the list («Сәтбаев пен Жезқазған қалалары»): the town",
  "town.list-noun":
    "the noun after a list of names (a place the gazetteer lacks may stand between them, with a capital where the writer gives the name one: «Глубокий, Зырянь, Ұлан, Шемонайха аудандарының»; «қарасты» in «Степногорскіге қарасты Ақсудағы кенішті» is none), after a Kazakh list written with commas whose capitalised items may be ordinary words, in the plural («Қаратау, Еңбекші, Әл-Фараби, Абай аудандары»), or after «Балқаш пен Райымбек», says they are districts, villages, mountains, lakes, deposits, mines or gauging stations («Жаңатас, Ақсай және Көксу кендері», `data/lexicon/site.txt`; a plant's word is the towns' own: «Теміртау, Екібастұз зауыттарында»): not the town",
  "town.area-beside":
    "another region, a place in one, or a district named after another town right beside the name («Абай Жамбылского р-на», «а. Каражар Экибастузский р-н»); a place only beside a name that names another place at home (the gazetteer's `homonyms`: «Аксай в Алматы», not «автобус Житикара Павлодар»); not a place beside the name where a journey goes from and to («Арқалықтан Астанаға», «Жаңаөзенге Ақтөбеден», «из Экибастуза в Усть-Каменогорск»)",
  "town.kazakh-letter":
    "a short name's letters typed with a Kazakh letter where each of its spellings has a Russian one («сараң», stingy, not Саран; «ақсүйегі», an aristocrat, not Ақсу): another word",
  "town.ordinary-word": "a word a dictionary knows, which would read as the town's name with a typo or an ending («алатынын», not Алтай): the word",
  "town.misspelt-over-word":
    "such a word in a message of fewer than twelve words that, read as the town, asks about its data (a section, a comparison, a subscription: «Хромату план выполнен или нет», chromate being no question there; a former monotown its group, a comparison or whether it is one: «Аралық қай топта», «Аралық моноқала ма?»), or with a city word right beside it («Қарату қаласы»; not the bare Kazakh «қала» before it: «қала аралық» is intercity), or after nothing but «а», «ну» («ну а Хромату»): the town",

  // The intent (intent.ts): one of these for every message, after the towns' rules.
  "intent.empty": "nothing to read in the message",
  "intent.refusal-turned-round": "a refusal turned round («не хочу отписываться, наоборот — подпишите»): subscribe",
  "intent.unsubscribe": "an unsubscribe word, or «stop» with a subscription word",
  "intent.stop-alone": "«stop», «хватит» alone: unsubscribe",
  "intent.stop-all": "«stop», «бас тарт» with a word for all («барлығынан») and nothing else asked: unsubscribe from everything",
  "intent.stop-towns": "«stop» with towns and nothing asked about them: unsubscribe from those",
  "intent.other-subscription": "a subscription to something else (a magazine, a doctor's appointment), a town named or not: out of scope",
  "intent.how-to-subscribe": "how to subscribe, with no town, no tier and no wish to subscribe said («хочу подписаться, как?» subscribes): help",
  "intent.sign-up-verb":
    "«жазыңыз», «жазып қойыңыз» (write down) after a town in the dative (or after «қалаларға» with a tier named), «қосшы», «қосыңыз» (add) after a town in the accusative («Балқашқа жазыңыз», «Кентауды да қосшы»): subscribe to it",
  "intent.subscribe": "a subscription word, with a tier or not drowned by a question about the data",
  "intent.gaps":
    "«что неизвестно», «қандай деректер жоқ» with one town or none, nothing off topic: what is unknown and who holds it (also «жетіспейтін мәліметтер», the missing figures, and «кімнен сұрауға болады», whom to ask: `data/lexicon/gaps.txt`)",
  "intent.town-history":
    "one town and a history word with nothing else asked: the town's history section (where its name comes from too: «откуда название», «почему так называется», «что значит название», and how it came about: «как появился», «как возник», `data/lexicon/history.txt`)",
  "intent.offtopic-with-town":
    "a town and an off-topic question that outweighs the data's words (a job there too: «ищу работу в …», «есть работа в …?», «работа в …», while «работа по плану» is the plan's works: `data/lexicon/offtopic.txt`)",
  "intent.town-left-when": "one town, a word for leaving the list and «когда» / «қашан», nothing else asked: the town's history section",
  "intent.former-monotown": "a town that is no longer a monotown",
  "intent.two-towns": "two towns or more: compare them",
  "intent.town-unknown-words": "one town, two unknown words and nothing we answer asked: out of scope",
  "intent.town-chart":
    "one town and a chart of it wanted, no section asked («график по Темиртау», «Балқаш бойынша диаграмма»): its funding, whose section offers the chart",
  "intent.town-nothing-asked": "one town and no section asked: its card",
  "intent.town-overview-cue":
    "one town and overview or aspect words outweighing any section: its card (the population asked in other words is an aspect: «сколько людей живёт», «неше адам тұрады», `data/lexicon/aspect.txt`)",
  "intent.town-first-question": "one town and two questions joined by «и» / «және» about different sections: the first one asked",
  "intent.town-every-section": "one town and the tier, progress and funding all asked: its card",
  "intent.town-dative-quantity": "one town in the dative and «сколько», «қанша» with nothing else asked: how much it was given, the funding section",
  "intent.town-dative-follow-up":
    "nothing but one town in the dative and «а», «ал», «ше», «что», «чего», a hello, thanks or «пожалуйста» («ал Рудныйға ше?», «а Рудному чего?», «Сәлеметсіз бе, ал Рудныйға ше»): what it was given, the funding section",
  "intent.town-shortfall": "one town, funding asked most: the funding section",
  "intent.town-progress": "one town, progress asked most: the progress section",
  "intent.town-tier":
    "one town, the tier asked most: tier first (a tier word as what «получил» got, «какую группу получил», is one more tier vote, not money: `data/lexicon/tier.txt`)",
  "intent.namesake-offtopic": "a namesake of a town and an off-topic question: out of scope",
  "intent.namesake": "a namesake of a town (a district, a village, another region's place): not a monotown",
  "intent.abroad": "a place abroad: out of scope",
  "intent.dropped-name-near-place": "a town's name used for something else next to a place, nothing asked about the data",
  "intent.offtopic-with-place": "a place or region and an off-topic question: out of scope",
  "intent.place-unknown-words": "a place, two unknown words and nothing we answer asked: out of scope",
  "intent.place-not-monotown": "a place that is not a monotown: not one, and its region's towns",
  "intent.region-as-town": "a region asked about as if a town («Абай облысы моноқала ма»): not a monotown",
  "intent.region-towns": "a region: its monotowns",
  "intent.dropped-name": "a town's name used for something else and nothing more: out of scope",
  "intent.same-tier-as-town":
    "one town and «в одной группе с», «бір топтағы», «в группе как у», «бірдей топтағы», «тобы бірдей», «города в группе …», «ещё в категории …» (`data/lexicon/same.txt`), with a list word (also «топтағылар», those in the group) or «моноқалалар»: the list of that town's tier («какие города в одной группе с Балхашем»)",
  "intent.tiers-side-by-side":
    "no town, and two tiers named side by side («сравни 1 и 3 группу», «тоқыраған мен әртараптандыру жолындағы») or the only one named negated («какие не стагнирующие», «тоқырамаған қалалар»): the picture by tier",
  "intent.tier-cue": "a tier named, nothing off topic: that tier's towns",
  "intent.tier-list-words":
    "a tier word, a list word and «моногорода»: a tier's towns (how many groups there are, «сколько групп», «неше топқа бөлінген», is the three tiers)",
  "intent.help-with-other":
    "a help word beside schoolwork («помоги с домашкой», «үй тапсырмасына көмектесші», «мақала жазуға көмектес») and no town: help with something else, out of scope",
  "intent.help": "a help word, or the bot asked about",
  "intent.offtopic": "an off-topic question with no town: out of scope",
  "intent.state-budget":
    "«бюджет» with no town, place or monotown word («дефицит бюджета Казахстана», «мемлекеттік бюджеттің тапшылығы»): the state's budget, out of scope",
  "intent.schoolwork": "homework with no monotown word, tier or country asked («сделай домашку», «Здравствуйте, реши задачу по физике»): out of scope",
  "intent.question-beside-greeting":
    "a hello or thanks in a clause of its own beside a question word and two words we know nothing of («Сәлеметсіз бе, шахтер күні қашан», «как приготовить бешбармак, спасибо»): the question, out of scope",
  "intent.greeting":
    "thanks or hello with nothing asked («всем привет», «прив» as chats shorten it; not with the country asked in a question or a chart or file of it wanted: «Здравствуйте, а в целом по стране?», «Сәлем, барлық қалалар бойынша диаграмма»)",
  "intent.unknown-place-as-monotown": "a place we do not know asked about as a monotown: out of scope",
  "intent.country-unknown-words":
    "no town and no monotown word, at most one word about the country or the data (a currency, a price or a debt weighs half), and a word we know nothing of: the country's other figures, out of scope",
  "intent.national": "the country, monotowns, progress or funding asked with no town: the national picture",
  "intent.greeting-with-words": "thanks or hello beside a data word that asked nothing: a greeting",
  "intent.chart-alone":
    "a chart or a file of the figures («скинь csv», «кестені файлмен жібер»: `data/lexicon/chart.txt`) with nothing else said (no town, no subject; a hello or thanks beside it: «Здравствуйте, скинь csv», but not thanks for it: «спасибо за график» is thanks): the national picture, the chart or file the bot sends",
  "intent.nothing-asked": "nothing we answer asked: out of scope",
  "intent.project-named": "a project's own name or an abbreviation of what it is («ГПЗ», «Кендерли»), of the town named if any: the project's card",
  "intent.project-asked": "what a project is («электр станциясы», «аэропорт») with a word asking when, how much or at what stage: the project's card",
  "intent.project-several": "words that fit several projects equally: a button for each",
} as const satisfies Record<string, string>;

type CodeRule = keyof typeof CODE_RULES;
/** Names shared with something else: their rules are data (data/homonyms.json), as `rule:townId`. */
type HomonymRuleId = `homonym.${string}`;
export type RuleId = CodeRule | HomonymRuleId;
export type LangRule = Extract<RuleId, `lang.${string}`>;
export type IntentRule = Extract<RuleId, `intent.${string}`>;
/** How the words were read before any name or cue. */
type TextRule = Extract<RuleId, `text.${string}`>;
/** The rules that decide a town's verdict: reported as `rule:townId`. */
export type TownRule = Extract<RuleId, `town.${string}` | `homonym.${string}`>;
/** One entry of `because`: a rule's id, and for a town's rule the town it was about. */
export type Reason = LangRule | TextRule | IntentRule | `${TownRule}:${string}`;

const codeIds = Object.keys(CODE_RULES) as CodeRule[];
/** Every rule in the order docs/understanding.md lists them: language, text, town, homonyms (in the data file's order), intent. */
export const RULES: Readonly<Record<RuleId, string>> = Object.fromEntries([
  ...codeIds.filter((id) => !id.startsWith("intent.")).map((id) => [id, CODE_RULES[id]]),
  ...[...HOMONYMS.values()].flatMap((h) => h.rules.map((r) => [r.id, r.means])),
  ...codeIds.filter((id) => id.startsWith("intent.")).map((id) => [id, CODE_RULES[id]]),
]) as Record<RuleId, string>;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** The rule id of a `because` entry (the part before the town). */
export function ruleOf(reason: Reason): RuleId {
  const colon = reason.indexOf(":");
  return (colon < 0 ? reason : reason.slice(0, colon)) as RuleId;
}
