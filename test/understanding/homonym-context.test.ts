// What a town's name means decided by the words around it, in both languages: the poet,
// a person with a surname, mountains, districts in a coordinated phrase, streets, plants
// named after a town, and lists of places. Each case names the rule that decides.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { ruleOf } from "../../src/understanding/rules.ts";
import { Understander } from "../../src/understanding/understand.ts";

const u = new Understander(townsFromDataset(loadDataset()));
/** The towns understood, and the rule that decided about the given town. */
function read(text: string, town: string) {
  const r = u.understand(text);
  const reason = r.because.find((b) => b.endsWith(`:${town}`));
  return { towns: r.towns, rule: reason ? ruleOf(reason) : null };
}

describe("homonyms and namesakes decided by context", () => {
  it.each([
    // The poet: his works, anniversary, monuments, in any case form.
    ["Абайдың 1886 жылы жазылған өлеңі", "abai", [], "homonym.abai.poet"],
    ["Абайға арналған мерейтойлық кеш өтті", "abai", [], "homonym.abai.poet"],
    ["произведения Абая переведены на русский", "abai", [], "homonym.abai.poet"],
    ["в Семее отметили юбилей Абая", "abai", [], "homonym.abai.poet"],
    ["Абайдың туындыларын жастар жаңаша оқи бастады", "abai", [], "homonym.abai.poet"],
    ["в Семее открыли памятник Абаю", "abai", [], "town.person-near"],
    // «бабамыз» (our forebear), like «атамыз»: the poet honoured as a forebear.
    ["Абай бабамыздың сөздері", "abai", [], "town.person-near"],
    // Running text that names Абай with no city word is about the poet.
    ["Абай өз заманындағы жас ұрпаққа үміт артып, олардың жүрегін оятып, оларды мақсатқа тартуға ұмтылдырады", "abai", [], "homonym.abai.running-text"],
    // …but the town with «қаласы», or in a question about the data.
    ["Абай қаласында қанша жоба аяқталды", "abai", ["abai"], "homonym.abai.city-word"],
    ["Абайдың жоспары қалай орындалып жатыр", "abai", ["abai"], "homonym.abai.domain"],
    // «карт-ридер»: a card reader, even where the sentence reads as asking something («жазылған» as «subscribe»).
    ["Куәлікке жазылған кілтпен жұмыс жасау үшін карт-ридер керек", "ridder", [], "homonym.ridder.card-reader"],
    ["работа с ЭЦП возможна при наличии карт-ридера", "ridder", [], "homonym.ridder.card-reader"],
    // «ридер», «rider» with one д: a reader or a rider unless something says the town.
    ["нужен ридер для сим карт", "ridder", [], "homonym.ridder.reader"],
    ["rider на велосипед ищу", "ridder", [], "homonym.ridder.reader"],
    ["Ридер сколько денег выделили", "ridder", ["ridder"], "homonym.ridder.town"],
    ["вакансии в Ридере", "ridder", ["ridder"], "homonym.ridder.town"],
    // Абай in any case form is the poet unless something says the town…
    ["Абайды мектепте оқыдық", "abai", [], "homonym.abai.poet-default"],
    ["Абай мен Шоқан бір дәуірде өмір сүрді", "abai", [], "homonym.abai.poet-default"],
    ["Абайдың балалық шағы қызықты болған", "abai", [], "homonym.abai.poet-default"],
    [
      "Жөндеуден кейін мұражай жақсы жұмыс істеп тұр, Абай, Шоқан, Ыбырай аталарымыздың суреттері қойылған, бәрі ұнады",
      "abai",
      [],
      "homonym.abai.people-listed",
    ],
    // …or a thing named after him: a park, a road (the novel), the noun after «Абай мен X».
    ["Абай саябағында концерт болады", "abai", [], "homonym.abai.named-after"],
    ["Абай жолын қайта оқып шықтым", "abai", [], "homonym.abai.named-after"],
    ["Абай мен Сейфуллин көшелерінің қиылысында кездесейік", "abai", [], "homonym.abai.named-after"],
    // A district of the name, with a region beside it that is not the town's: the district, not the poet.
    ["Абай ауданы Абай облысы", "abai", [], "homonym.abai.district"],
    ["Абайский район Восточно-Казахстанской области", "abai", [], "homonym.abai.district"],
    // The town as a place, beside another monotown, or asked about; the bare name with a word or two asks.
    ["Абайда не болып жатыр", "abai", ["abai"], "homonym.abai.place-or-towns"],
    ["что с Абаем", "abai", ["abai"], "homonym.abai.place-or-towns"],
    ["Абайды Теміртаумен салыстыр", "abai", ["abai", "temirtau"], "homonym.abai.place-or-towns"],
    // The town's figures: an overview word (weak, so a funding word beside it still decides the section).
    ["Абайдың көрсеткіштері", "abai", ["abai"], "homonym.abai.place-or-towns"],
    ["показатели Абая", "abai", ["abai"], "homonym.abai.place-or-towns"],
    ["Абай ше?", "abai", ["abai"], "homonym.abai.alone"],
    // Сәтбаев in running text is the scientist; with «қаласы», or in a question, the town.
    ["Сәтбаевтың өмірі мен қызметін жан-жақты көрсететін деректер мен қолжазба құжаттар көрмеде қойылды", "satbayev", [], "homonym.satbayev.running-text"],
    ["Сәтбаев қаласында туған ғалымның еңбектері мен қолжазба құжаттары көрмеде қойылды", "satbayev", ["satbayev"], "homonym.satbayev.city-word"],
    ["Сәтбаевтағы жұмыссыздық қандай", "satbayev", ["satbayev"], "homonym.satbayev.as-place"],
    // A given name with a surname or a patronymic is a person.
    ["Алтай Көлгінов кім", "altai", [], "town.given-name"],
    ["Темірбаев Абай мектеп директоры", "abai", [], "town.given-name"],
    // A given name people write before a surname (data/given-names.txt), the name in any case form.
    ["Мұхаммед Алтайдың аудармасы қайда", "altai", [], "town.given-name"],
    ["Ерлан Сәтбаев туралы не білесің", "satbayev", [], "town.given-name"],
    // A compass word or «орталық» after Алтай's genitive: the mountains.
    ["Экспедиция Алтайдың орталық бөлігіне аттанды", "altai", [], "homonym.altai.mountain"],
    // A shared name listed with a place and a town word after the list: the town, even in running text.
    ["Ертеде Сәтбаев пен Жезқазған қалалары бір облыстың құрамында болған деп жазылған кітапты оқыдым", "satbayev", ["satbayev"], "town.in-list"],
    ["директор Алтай Айдарханұлының басшылығымен салынған", "altai", [], "town.patronymic"],
    // Mountains.
    ["Таулы Алтайда туристер көп", "altai", [], "homonym.altai.mountain"],
    ["Оңтүстік Алтайдың шығысында орналасқан қорық", "altai", [], "homonym.altai.mountain"],
    ["туры на Горный Алтай", "altai", [], "homonym.altai.mountain"],
    ["1961 жылы Алтай өлкесі Қаракесек ауылында дүниеге келді", "altai", [], "homonym.altai.region-word"],
    ["Кіші Қаратау жотасында фосфорит қабаттары бар", "karatau", [], "homonym.karatau.mountain"],
    // «баурай» (a slope, the foothills) after the bare name: the mountains.
    ["Қаратау баурайында ежелгі қорымдар мен тас мүсіндер табылды", "karatau", [], "homonym.karatau.mountain"],
    ["Алтай баурайындағы ауылдарда мал шаруашылығы дамыған", "altai", [], "homonym.altai.mountain"],
    ["Қаратау қаласындағы спорт залдар", "karatau", ["karatau"], "homonym.karatau.town"],
    // A district or village word after a coordination applies to both names.
    ["Балқаш пен Райымбек аудандарында су тасқыны болды", "balkhash", [], "town.list-noun"],
    ["паводок в Балхаш и Райымбек районах", "balkhash", [], "town.list-noun"],
    // Every monotown in a list of places stays a town.
    ["Нұр-Сұлтан, Қарағанды, Теміртау, Жезқазған қалаларында митинг өтті", "temirtau", ["temirtau"], "town.in-list"],
    ["жители городов Аксай, Актау, Актобе, Аркалык, Балхаш могут получить услугу", "aksai", ["aksai", "arkalyk", "balkhash"], "town.in-list"],
    ["Павлодар, Ақсу және Екібастұз қалаларында", "aksu", ["aksu", "ekibastuz"], "town.in-list"],
    // A street named after a person is not the town; an address in the town is.
    ["Павлодар, улица Сатпаева 44", "satbayev", [], "town.street"],
    ["Сәтбаев көшесі 12", "satbayev", [], "town.street"],
    // An address's abbreviated street word, after another town's «қ.», «қаласы».
    ["Мекенжайы: Павлодар қ., Абай көш., 49", "abai", [], "town.street"],
    ["Мекен-жайы: Павлодар қаласы, Сәтбаев к-сі, 12", "satbayev", [], "town.street"],
    ["Мекенжайы: Павлодар қ., Сатпаев даң., 49", "satbayev", [], "town.street"],
    // No street word: a person's genitive and a house number is an address; after «г.» the town.
    ["Сатпаева, 49 Официальный сайт Президента Республики Казахстан", "satbayev", [], "town.house-number"],
    ["в г. Сатпаева 12 новых предприятий", "satbayev", ["satbayev"], "homonym.satbayev.city-word"],
    ["Экибастуз, бульвар Энергостроителей, 7, тел.", "ekibastuz", ["ekibastuz"], "town.plain"],
    // A city word beside the name outweighs a person's or a village's word nearby.
    ["Қарағанды облысының Балқаш қаласында туған", "balkhash", ["balkhash"], "homonym.balkhash.town"],
    ["Жезқазған кентінде, Сәтбаев қаласында шахталар бар", "satbayev", ["satbayev"], "homonym.satbayev.city-word"],
    // Published running text names the poet and the scientist with a word about the data in
    // passing («нәтижесінде», «миллиард»): one in ten words or fewer is not a question about it.
    [
      "Абай білімнің қайнар көзі адамның еңбегі мен жұмысы деп санады, сондықтан оның нәтижесінде адам жан-жақты дамып, жастар ғылым мен өнерге үйренеді",
      "abai",
      [],
      "homonym.abai.sparse-data",
    ],
    [
      "Сәтбаев мемлекетке бір миллиард пұт астық өткізу жөніндегі міндеттемелердің табысты орындалуымен Ғылым академиясының ұжымы атынан республика халқына, әсіресе ауыл еңбекшілеріне сәлем жолдап, оларды құттықтады",
      "satbayev",
      [],
      "homonym.satbayev.sparse-data",
    ],
    // …but the town as a place in the same kind of text, and in a short question.
    ["Абайда 2024 жылы жаңа мектеп салынды, жұмысы жақсы жүріп жатыр деп әкім айтты", "abai", ["abai"], "homonym.abai.domain"],
    ["Сәтбаевта 2024 жылы жаңа мектеп салынды, жұмысы жақсы жүріп жатыр деп әкім айтты", "satbayev", ["satbayev"], "homonym.satbayev.as-place"],
    ["Сәтбаевтағы жоспар", "satbayev", ["satbayev"], "homonym.satbayev.as-place"],
    // Where someone is or lives, in running text too: the town, not the scientist.
    ["В Сатпаеве в будущем году построят восемнадцать многоэтажных домов для семей горняков.", "satbayev", ["satbayev"], "homonym.satbayev.as-place"],
    ["Жители Сатпаева всё лето жаловались на пыль от отвалов и на старые трубы в домах.", "satbayev", ["satbayev"], "homonym.satbayev.as-place"],
    ["Биыл жазда Сәтбаев тұрғындары ауыз судың үзілуіне бірнеше рет шағымданды деп жазды газет.", "satbayev", ["satbayev"], "homonym.satbayev.as-place"],
    // «о Сатпаеве» (about him) is no place.
    ["О Сатпаеве написано немало книг и статей, его имя носят улицы и школы по всей стране.", "satbayev", [], "homonym.satbayev.running-text"],
    ["Абай қаласы", "abai", ["abai"], "homonym.abai.city-word"],
    // «объективті шындық» (objective truth) is no building site («объект») and no peak («шың»).
    ["Абай білімнің қайнар көзі объективті шындық деп санады", "abai", [], "homonym.abai.poet-default"],
    // Landforms, a republic and an animal named like a town.
    ["Жаңатас тауының етегінде бұлақ бар", "zhanatas", [], "town.landform"],
    ["Жаңатас тау-кен колледжі", "zhanatas", ["zhanatas"], "town.plain"],
    ["Арқалық туралы", "arkalyk", ["arkalyk"], "homonym.arkalyk.town"],
    ["Балқаш ойысы кең", "balkhash", [], "homonym.balkhash.landform"],
    // A water body's water, shore, channel or valley after the genitive: the lake or the river.
    ["Балқаштың суы тұщы", "balkhash", [], "homonym.balkhash.lake"],
    // Its water level after the locative: the lake; water alone there is the town's («Балқашта су жоқ»).
    ["Биыл Балқаштағы су деңгейі 10 см төмендеді.", "balkhash", [], "homonym.balkhash.lake"],
    // What lives in its water, right beside the name: the lake or the river («обитают», «водятся»).
    ["В Балхаше обитают сазан и судак.", "balkhash", [], "town.river-or-lake"],
    ["В Аксу водятся форель и хариус.", "aksu", [], "town.river-or-lake"],
    ["Балқашта су жоқ, тұрғындар шағымданды", "balkhash", ["balkhash"], "homonym.balkhash.town"],
    // A lake's or a basin's word before the name past a comma ends the item before it: the town's plant.
    ["Жезқазған кен алабының, Балқаштағы мыс зауытының құрылысы басталды.", "balkhash", ["balkhash"], "homonym.balkhash.town"],
    ["Ақсудың жағасында тал өседі", "aksu", [], "homonym.aksu.river"],
    ["Ақсайдың суы таза", "aksai", [], "homonym.aksai.river-or-district"],
    ["Ақсудың қаржы тапшылығы қанша", "aksu", ["aksu"], "homonym.aksu.city-or-domain"],
    // The Altai's nature or climate after its genitive: the mountains.
    ["Алтайдың табиғаты керемет", "altai", [], "homonym.altai.mountain"],
    // A nature reserve named after the ridge: its word right after the name, not after «Қаратауда» (in Karatau).
    ["Қаратау қорығы 2004 жылы құрылды", "karatau", [], "homonym.karatau.mountain"],
    ["Каратауский заповедник создан в 2004 году", "karatau", [], "homonym.karatau.mountain"],
    ["Қаратауда қорық бар ма", "karatau", ["karatau"], "homonym.karatau.town"],
    ["Алтайдың жоспары", "altai", ["altai"], "homonym.altai.city-or-domain"],
    ["Балқаш көрсеткіштері", "balkhash", ["balkhash"], "homonym.balkhash.town"],
    ["Ертіс, Есіл, Тобыл, Балқаш бойында өседі", "balkhash", [], "town.river-or-lake"],
    ["в Республике Алтай прошли выборы", "altai", [], "homonym.altai.republic"],
    ["Алтай Республикасының басшысы", "altai", [], "homonym.altai.republic"],
    ["Алтай арқары сирек аң", "altai", [], "homonym.altai.animal"],
    ["Алтай қарағайы биік өседі.", "altai", [], "homonym.altai.animal"],
    ["Алтайская белка зимой серая.", "altai", [], "homonym.altai.animal"],
    // Ordinary Kazakh words: a verb ending the sentence, a noun made from «тентек».
    ["Жылқы кейде ақсайды", "aksai", [], "homonym.aksai.limps"],
    ["Ақсайды", "aksai", ["aksai"], "homonym.aksai.town"],
    // «ақсайды» after its subject in a Kazakh sentence that asks nothing: the verb, even mid-sentence.
    ["Қой ақсайды, ешкі маңырайды", "aksai", [], "homonym.aksai.limps"],
    ["Ақсайды тізімге қосып қой", "aksai", ["aksai"], "homonym.aksai.town"],
    // «саран» (stingy), as the dictionary also spells «сараң», before «адам», «кісі» or after «өте».
    ["Ол өте саран адам еді", "saran", [], "homonym.saran.stingy"],
    ["Саран кісі малын қызғанады", "saran", [], "homonym.saran.stingy"],
    ["Саран моноқала ма", "saran", ["saran"], "homonym.saran.town"],
    ["саранда не болып жатыр", "saran", ["saran"], "homonym.saran.town"],
    ["Баланың тентектігі анасын шаршатты", "shakhtinsk", [], "homonym.shakhtinsk.naughtiness"],
    // «тентек» (unruly) in a Kazakh proverb asks nothing about the data; the old name in a question does.
    ["Екі тентек елге сыймас", "shakhtinsk", [], "homonym.shakhtinsk.kazakh-adjective"],
    ["Тентектің өнері — төбелес", "shakhtinsk", [], "homonym.shakhtinsk.kazakh-adjective"],
    ["Тентек қай топта?", "shakhtinsk", ["shakhtinsk"], "homonym.shakhtinsk.town"],
    ["Тентек туралы айтып берші", "shakhtinsk", ["shakhtinsk"], "homonym.shakhtinsk.town"],
    ["Тентек в какой группе", "shakhtinsk", ["shakhtinsk"], "homonym.shakhtinsk.town"],
    // «тентек» in lower case where the writer capitalises (the first word has a capital): the
    // adjective, even beside a word that could ask about the data («бітірер», will finish).
    ["Ақылды ойланғанша, тентек жұмысын бітірер.", "shakhtinsk", [], "homonym.shakhtinsk.lower-case"],
    ["Тентек жұмысын бітірді ме?", "shakhtinsk", ["shakhtinsk"], "homonym.shakhtinsk.town"],
    ["Жоспар бойынша тентек қаласында не салынды", "shakhtinsk", ["shakhtinsk"], "homonym.shakhtinsk.city-word"],
    // A name that is also an ordinary word, in lower case where the writer shows they capitalise
    // names (another capitalised word inside the sentence, or a long written sentence) and asks
    // nothing: the ordinary word. A capital on the first word alone is not enough.
    ["Ата-анасы оны саран деп атады, бірақ ол жинақ жасап, Алматыда үй салды.", "saran", [], "homonym.saran.lower-case"],
    ["Бүгін маған саран туралы айтшы.", "saran", ["saran"], "homonym.saran.town"],
    ["Мы живём в Павлодарской области, сколько выделили саран?", "saran", ["saran"], "homonym.saran.town"],
    ["Өзен жағасындағы балқашты Асқар аралады.", "balkhash", [], "homonym.balkhash.lower-case"],
    ["Асқар балқашта тұрады.", "balkhash", ["balkhash"], "homonym.balkhash.town"],
    ["Асқар өзен жағасындағы балқашты аралады.", "balkhash", ["balkhash"], "homonym.balkhash.town"],
    ["Учёные Казахстана изучают алтайские языки.", "altai", [], "homonym.altai.lower-case"],
    ["Рабочие Казахстана добывают руду на рудном дворе.", "rudny", [], "homonym.rudny.lower-case"],
    ["Асқар, рудныйда жоспар қалай?", "rudny", ["rudny"], "homonym.rudny.town"],
    // An adjective's noun follows it right away: not past a dash, a comma or a full stop, and no reflexive verb.
    ["Рудный – крупный центр горнодобывающей промышленности.", "rudny", ["rudny"], "homonym.rudny.town"],
    ["Рудный считается городом горняков.", "rudny", ["rudny"], "homonym.rudny.town"],
    ["В Рудный, Лисаковск и Житикару поедут врачи.", "rudny", ["rudny", "lisakovsk", "zhitikara"], "town.in-list"],
    ["Рудный пояс тянется вдоль реки.", "rudny", [], "homonym.rudny.noun-follows"],
    ["Кеше Асқар саранға барды, ол жерде Айгүл тұрады.", "saran", ["saran"], "homonym.saran.town"],
    ["Мы живём в Павлодарской области, тентек в какой группе?", "shakhtinsk", ["shakhtinsk"], "homonym.shakhtinsk.town"],
    ["В школе Асқар был тентек и драчун.", "shakhtinsk", [], "homonym.shakhtinsk.lower-case"],
    // The verb «ақсау» (to limp) in a form the town's name has not got.
    ["Кеше ақсайтын ат сатылды.", "aksai", [], "homonym.aksai.limps"],
    ["Неге ақсайсың?", "aksai", [], "homonym.aksai.limps"],
    ["Ақсайсыз тізім", "aksai", ["aksai"], "homonym.aksai.town"],
    // The scientist: a word of science or geology in a sentence that asks nothing; the town as a place keeps it.
    ["Сәтбаев Қазақстан геология ғылымының негізін салушы.", "satbayev", [], "homonym.satbayev.science"],
    ["Сатпаев был первым президентом Академии наук.", "satbayev", [], "homonym.satbayev.science"],
    ["В Сатпаеве открыли научный центр.", "satbayev", ["satbayev"], "homonym.satbayev.as-place"],
    ["Сәтбаев қаласында ғылыми орталық ашылды", "satbayev", ["satbayev"], "homonym.satbayev.city-word"],
    // A compass word after the lake's genitive, nothing asked about the data: the lake's part.
    ["Балқаштың батыс бөлігі тұщы, шығыс бөлігі тұзды.", "balkhash", [], "homonym.balkhash.lake"],
    ["Балқаштың оңтүстік бөлігінде жол жөндеу жоспары қалай орындалды?", "balkhash", ["balkhash"], "homonym.balkhash.town"],
    // «арқалық» (a beam): a plural, or the possessive with «ғ» in lower case; the mountain before a landform's noun.
    ["Көпірдің темір арқалықтары жаңартылды.", "arkalyk", [], "homonym.arkalyk.beam"],
    ["Ғимараттың арқалығы сынды.", "arkalyk", [], "homonym.arkalyk.beam"],
    ["Арқалығы қандай, моноқала ма", "arkalyk", ["arkalyk"], "homonym.arkalyk.town"],
    ["Арқалық тауының етегінде бұлақ бар", "arkalyk", [], "homonym.arkalyk.landform"],
    ["Арқалық тау-кен өнеркәсібі", "arkalyk", ["arkalyk"], "homonym.arkalyk.town"],
    // The Altai's geography, or where something lies in it, in a sentence that asks nothing: the region.
    ["Алтайдың өзіне тән географиялық ерекшеліктері көп.", "altai", [], "homonym.altai.geography"],
    ["Алтайдың қай бөлігінде орналасқан?", "altai", [], "homonym.altai.geography"],
    ["Алтайдың жоспары қай бөлігінде орындалды", "altai", ["altai"], "homonym.altai.city-or-domain"],
    // An archaeological culture named after the Karatau ridge; the town's house of culture keeps the town.
    ["Отырар - Қаратау мәдениетіне жататын қала жұрты табылды.", "karatau", [], "homonym.karatau.culture"],
    // The Karatau argali, and the ridge's geography after its genitive.
    ["Қаратау арқары Қызыл кітапқа енген", "karatau", [], "homonym.karatau.animal"],
    ["Каратауский архар занесён в Красную книгу", "karatau", [], "homonym.karatau.animal"],
    ["Қаратаудың географиялық ерекшеліктері зерттелді.", "karatau", [], "homonym.karatau.geography"],
    // …but «Қаратаудың аумағы» with no word of geography is the town's area.
    ["Қаратаудың аумағында жаңа мектеп ашылды.", "karatau", ["karatau"], "homonym.karatau.town"],
    ["Қаратау мәдениет үйінің жоспары қалай орындалды", "karatau", ["karatau"], "homonym.karatau.town"],
  ])("%s", (text, town, towns, rule) => {
    expect(read(text, town)).toEqual({ towns, rule });
  });
});

describe("enterprises named after a town", () => {
  it.each([
    // In running text the plant, the college, the paper is named, not the town.
    // A facility word right beside the name names the facility even with a word or two that
    // could ask about the data (building, output); a legal form (АҚ, ЖШС, КМҚК) beside its
    // quotes names the organisation first.
    ["«Екібастұз ГРЭС-2 стансасы» АҚ-да қуаттылығы 630 МВт болатын энергоблоктың құрылысы жүріп жатыр", "ekibastuz", [], "town.org-form"],
    ["За первые полвека освоения Экибастузского бассейна добыто свыше 2 миллиардов тонн угля", "ekibastuz", [], "town.facility"],
    // A mining and processing plant, its noun abbreviated: the plant named after the town.
    ["Руду везут на Лисаковской горно-обогатительной ф-ке уже сорок лет.", "lisakovsk", [], "town.facility"],
    // A number after the name is a microdistrict's («Аксай-4»), but after «г.» a figure about the town.
    ["Аксай-4 мөлтек ауданында жаңа мектеп салынды", "aksai", [], "town.numbered"],
    ["«Калкаманское» с/з г.Экибастуза 4,3 га кирпичная глина", "ekibastuz", ["ekibastuz"], "town.plain"],
    ["«Екібастұз ГРЭС-1» ЖШС директоры Жамбыл облысынан келген маман болып тағайындалды", "ekibastuz", [], "town.org-form"],
    ["Кәменов, «Ақсу қара металлургия колледжі» КМҚК басшысы болып тағайындалды", "aksu", [], "town.org-form"],
    ["опубликовано 12 статей в газетах «Отарқа», «Голос Экибастуза» на указанную тематику", "ekibastuz", [], "town.facility"],
    // The town's own plants, a question about its plan, or a short question keep the town.
    ["Балқаштағы металлургиялық зауыттар жұмысын тоқтатты ма, жұмысшылар не істейді енді", "balkhash", ["balkhash"], "homonym.balkhash.town"],
    ["Екібастұз ГРЭС-1 жобасы бойынша қанша қаржы бөлінді, жоспар қалай орындалды", "ekibastuz", ["ekibastuz"], "town.plain"],
    ["Аксу ферросплавный завод вакансии", "aksu", ["aksu"], "homonym.aksu.alone"],
  ])("%s", (text, town, towns, rule) => {
    expect(read(text, town)).toEqual({ towns, rule });
  });
});

describe("published text: a town spelt otherwise, and a lake named again", () => {
  /** The towns understood, and the rule that decided about the town's last mention. */
  const readLast = (text: string, town: string) => {
    const r = u.understand(text);
    const reason = r.because.findLast((b) => b.endsWith(`:${town}`));
    return { towns: r.towns, rule: reason ? ruleOf(reason) : null };
  };
  it.each([
    // With a town word beside it, a name read only through a typo in a written sentence is another town.
    ["Ол еңбек жолын 1993 жылы Жамбыл облысы Жаңатау қаласында бухгалтер болып бастаған еді.", "zhanatas", [], "town.typo-beside-city"],
    ["Жаңатау қаласында қанша жоба бар?", "zhanatas", ["zhanatas"], "town.plain"],
    // After the lake, the bare name again is the lake or a thing named after it; the town needs its word or a place case.
    [
      "Балқаш көлінің жағасында ежелгі тұрақтар табылды, ал Балқаш 12 деп аталған ескерткіштің материалдары әлі зерттеліп жатыр.",
      "balkhash",
      [],
      "town.nature-named-before",
    ],
    ["Балқаш көлінің жағасында орналасқан Балқаш қаласында жаңа мектеп салынды", "balkhash", ["balkhash"], "homonym.balkhash.town"],
    // In a case that says no place where something is, the name again is the lake too.
    ["Балқаш көлі тартылып барады, ал Балқашқа құятын Іле өзенінің арнасы да таязданып барады деді ғалымдар.", "balkhash", [], "town.nature-named-before"],
    ["Озеро Балхаш мелеет, и учёные считают, что Балхашу грозит судьба Арала через полвека.", "balkhash", [], "town.nature-named-before"],
  ])("%s", (text, town, towns, rule) => {
    expect(readLast(text, town)).toEqual({ towns, rule });
  });
});
