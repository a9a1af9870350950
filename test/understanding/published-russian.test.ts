// Published Russian text about the towns: what news and encyclopedia sentences write that a
// question to the bot seldom does — a residents' noun, a former name of a homonym's town, a
// stress mark on a vowel, an aside in brackets before «— город». Each case names the rule
// that decides; the sentences are written after the pattern, not copied from a page.
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

describe("published Russian text", () => {
  it.each([
    // The residents' noun is the town's people, whatever word follows it (a paper's «голос»).
    ["Хромтаусцы в один голос говорят, что зарплаты на комбинате выросли, а цены растут быстрее.", "khromtau", ["khromtau"], "town.residents"],
    ["В субботу журналисты встретились с молодыми кентаусцами и расспросили их о работе на руднике.", "kentau", ["kentau"], "town.residents"],
    ["Темиртаусец рассказал нам, что уже десять лет ходит на работу пешком через весь город.", "temirtau", ["temirtau"], "town.residents"],
    // A former name the homonym does not share: the town, not the mountains.
    ["Вокруг Зыряновска в горах много старых рудников, таёжных речек и заброшенных штолен.", "altai", ["altai"], "town.unshared-name"],
    ["Летом под Зыряновском на горных склонах косят сено и собирают ягоды.", "altai", ["altai"], "town.unshared-name"],
    // …while «Алтай» itself still reads by the homonym's rules.
    ["Летом на Алтае в горах косят сено и собирают ягоды, а туристы идут к Белухе.", "altai", [], "homonym.altai.mountain"],
    // A stress mark on a vowel, as an encyclopedia writes the name.
    ["Лисако́вск — небольшой город на берегу Тобола.", "lisakovsk", ["lisakovsk"], "town.plain"],
    ["Жители Серебря́нска давно ждут ремонта дороги до областного центра.", "serebryansk", ["serebryansk"], "town.plain"],
    // An aside in brackets between the name and «— город»: the entry's town.
    ["Аба́й (прежде посёлок при шахте, затем районный центр) — город, где до сих пор добывают уголь.", "abai", ["abai"], "town.city-after-aside"],
    // …but an aside before a word about a person is no town.
    ["Абай (1845–1904) — поэт, чьи стихи учат наизусть школьники в каждом городе страны.", "abai", [], "homonym.abai.poet"],
    // A number after the name's sentence begins the next one: no numbered microdistrict.
    ["Новый парк открыли в центре Лисаковска. 5 июня там прошёл первый концерт.", "lisakovsk", ["lisakovsk"], "town.plain"],
    // A street word after an adjective is the town's own square, which the genitive owns.
    ["Вечером на центральной площади Экибастуза собрались сотни горожан.", "ekibastuz", ["ekibastuz"], "town.plain"],
    // A deposit after a preposition is beside the town, not named after it.
    ["Хромтау у месторождения хромовой руды вырос за несколько десятилетий.", "khromtau", ["khromtau"], "town.plain"],
    // After «в» the name is where the monument stands, not whose it is.
    ["Вчера в Лисаковске открыли памятник Абаю на берегу Тобола.", "lisakovsk", ["lisakovsk"], "town.plain"],
    // «гор» is the mountains' genitive, no abbreviation of «город».
    ["Город Жанатас стоит у подножия гор Каратау, в стороне от больших дорог.", "karatau", ["zhanatas"], "homonym.karatau.mountain"],
    // A body of water, a lake's basin, a power station's full name, a river's canyon.
    ["Экологи говорят, что Балхаш как водоём ждёт участь Арала.", "balkhash", [], "homonym.balkhash.lake"],
    ["Котловина Балхаша тянется на сотни километров.", "balkhash", [], "town.river-or-lake"],
    ["На Экибастузской теплоэлектроцентрали снова остановили котёл, сообщили в компании.", "ekibastuz", [], "town.facility"],
    ["Туристы спускаются на дно каньона Аксу по крутой тропе.", "aksu", [], "town.river-or-lake"],
    // A person's genitive between other surnames' genitives is one of a list of streets.
    ["Движение перекрыто, объезд по Жандосова, Сатпаева, Тимирязева и соседним улицам.", "satbayev", [], "town.street-list"],
    // …while a list of towns stays a list of towns.
    ["Работы завершат в Сатпаева, Жезказгана и Балхаша к осени.", "satbayev", ["satbayev", "balkhash"], "town.in-list"],
    // From a place abroad to the name after «в»: a route, and the name is where it goes.
    ["Из Омска в Экибастуз теперь можно доехать прямым поездом.", "ekibastuz", ["ekibastuz"], "town.plain"],
    // …while a place abroad beside the name still says where it is.
    ["Лениногорск в Татарстане тоже вырос на нефти.", "ridder", [], "town.abroad-near"],
    // Another place's own name is one word, no «при» glued to a town (Пришахтинск is part of Караганда).
    ["В Пришахтинске на всю ночь отключили свет.", "shakhtinsk", [], null],
    // Streets in the plural before a town's genitive are its streets…
    ["В этом году на ремонт улиц Экибастуза выделили больше денег.", "ekibastuz", ["ekibastuz"], "town.plain"],
    // …and a street in the singular is named after the person.
    ["В этом году на ремонт улицы Сатпаева выделили больше денег.", "satbayev", [], "town.street"],
  ])("%s → %s", (text, town, towns, rule) => {
    expect(read(text, town)).toEqual({ towns, rule });
  });
});
