// A town's name inside the proper name of a thing named after it, as published text writes
// one: beside a legal form in capitals, in quotes, joined by a hyphen, in a list after a
// colon or a bracket. Sentences written for these tests in the patterns of real text; each
// case names the rule that decides about the town.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { ORG_FORMS } from "../../src/understanding/named-things.ts";
import { normalize } from "../../src/understanding/normalize.ts";
import { ruleOf } from "../../src/understanding/rules.ts";
import { Understander } from "../../src/understanding/understand.ts";
import { parseWordList } from "../../src/understanding/word-lists.ts";

const u = new Understander(townsFromDataset(loadDataset()));
/** The towns understood, and the rule that decided about the given town. */
function read(text: string, town: string) {
  const r = u.understand(text);
  const reason = r.because.find((b) => b.endsWith(`:${town}`));
  return { towns: r.towns, rule: reason ? ruleOf(reason) : null };
}

describe("things named after a town", () => {
  it.each([
    // A legal form in capitals beside the quotes or the hyphenated name: the organisation,
    // however much the sentence says about money.
    ["«Теміртау жылу желілері» АҚ өткен жылы қазандықтарды жөндеуге 400 млн теңге жұмсады", "temirtau", [], "town.org-form"],
    ["ТОО «Жанаозен-Сервис» получило кредит на 2 млрд тенге на финансирование закупа техники", "zhanaozen", [], "town.org-form"],
    ["Степногорск-Инвест ЖШС биыл үш жаңа цех салып, жүз адамды жұмысқа алды", "stepnogorsk", [], "town.org-form"],
    // The same words named again as the organisation: that organisation throughout.
    ["Кентау Энерго биыл жаңа қазандық салды, бұл туралы «Кентау Энерго» ЖШС баспасөз қызметі хабарлады", "kentau", [], "town.named-again"],
    ["Реконструкция Степногорской ТЭЦ идёт по плану, сообщило АО «Степногорская ТЭЦ» на прошлой неделе", "stepnogorsk", [], "town.named-again"],
    // An abbreviation in brackets that spells the initials of the words before it: an organisation.
    ["Ол 2010 жылдан бастап Теміртау Металлургтері Одағын (ТМО) басқарып келеді", "temirtau", [], "town.abbreviated-name"],
    ["Он руководил Союзом строителей Лисаковска (ССЛ) почти десять лет подряд", "lisakovsk", [], "town.abbreviated-name"],
    // Brackets that spell nothing of it leave the town.
    ["Он руководил строительством жилья в Лисаковске (ЖКХ) почти десять лет подряд", "lisakovsk", ["lisakovsk"], "town.plain"],
    // A city word inside the quotes: the town's own body.
    ["«Кентау қаласының тұрғын үй бөлімі» ММ басшысы жаңа жобаларды таныстырды", "kentau", ["kentau"], "town.plain"],
    // A legal form that opens another name's quotes is that name's: the town's office of it.
    ["Отдел г.Кентау РГП «Центр обслуживания населения» по Туркестанской области работает с девяти", "kentau", ["kentau"], "town.plain"],
    // The particle «-ақ» is no «АҚ»: lower case.
    ["Жаңаөзен-ақ емес, басқа қалалар да жұмыссыздықтан зардап шегіп отыр деді ол", "zhanaozen", ["zhanaozen"], "town.plain"],
    // The name in short quotes, in the nominative: a newspaper, a mine.
    ["Жергілікті «Кентау шұғыласы» апталығы мәдени өмір туралы жиі жазып тұрады", "kentau", [], "town.quoted-name"],
    ["Кеніштің «Хромтау» деп аталатын жаңа бөлімі биыл пайдалануға берілетін болды", "khromtau", [], "town.quoted-name"],
    // A short sentence: a publication's word right after the quotes says what they name.
    ['Мұны жергілікті "Лисаков таңы" басылымы жазды.', "lisakovsk", [], "town.quoted-name"],
    // A facility's word inside the quotes, right beside the name: the company's name, even in a headline.
    ["«Екибастуз ГРЭС-1» снизила выработку за квартал", "ekibastuz", [], "town.quoted-name"],
    ["«АрселорМиттал Темиртау» сменил директора", "temirtau", [], "town.quoted-name"],
    // A quoted sentence about the town is still the town.
    ["В газете вышла статья «Балхаш ждёт новых инвесторов из Китая» о развитии", "balkhash", ["balkhash"], "homonym.balkhash.town"],
    // A heat station named after the town, in running text: the station.
    ["Экибастузская теплоцентраль АО «Павлодарэнерго» дала тепло на неделю раньше срока, сообщили в компании", "ekibastuz", [], "town.facility"],
    ["«Павлодарэнерго» АҚ-ның Екібастұз жылу орталығы биыл жылу маусымына уақытында дайындалды деп хабарлады компания", "ekibastuz", [], "town.facility"],
    // Joined by a hyphen to a name that is no place's, with a mountain's or a deposit's word beside.
    ["Шығыс беткейдегі Риддер-Бас шыңы теңіз деңгейінен 2500 метр биіктікте орналасқан", "ridder", [], "town.compound-name"],
    ["Месторождение Хромтау-Южное разрабатывается открытым способом уже двадцать лет подряд", "khromtau", [], "town.compound-name"],
    // In a list opening after a deposit's word: the deposits.
    ["В области разрабатываются угольные месторождения: Шубарколь, Экибастуз, Майкубен и другие", "ekibastuz", [], "town.facility-list"],
    ["Облыста мыс кен орындары (Қоңырат, Саяқ, Балқаш, Көксай) бұрыннан белгілі болған", "balkhash", [], "town.facility-list"],
    // …but a list of towns after a city word is the towns.
    ["Крупные заводы имеют города: Темиртау, Балхаш, Аксу и другие промышленные центры", "temirtau", ["temirtau", "balkhash", "aksu"], "town.in-list"],
    // Russian forms of state enterprises and bodies: ГККП, РГКП, РГУ.
    ["ГККП «Ясли-сад Экибастуз» объявляет конкурс на должность воспитателя", "ekibastuz", [], "town.org-form"],
    // An address after «г.» is in the town, the street's own name a known word or not.
    ["КГП на ПХВ «Городская поликлиника» г. Экибастуз, ул. Московская, 59 — главный врач", "ekibastuz", ["ekibastuz"], "town.plain"],
    // A nature reserve's or a peak's hyphenated name, in a short question too.
    ["Ақсу-Жабағылы қорығы қай облыста орналасқан?", "aksu", [], "town.compound-name"],
    ["Риддер-Бас шыңы қай жерде", "ridder", [], "town.compound-name"],
    // A deposit's in a short question is a question about the town's economy.
    ["Риддер-Сокол кен орны қашан", "ridder", ["ridder"], "homonym.ridder.town"],
    // Joined by a hyphen to a Russian adjective: a basin's or a region's compound name.
    ["Учёные много лет изучают Балхаш-Алакольскую котловину и её озёра", "balkhash", [], "town.compound-adjective"],
    ["Обсуждали развитие Экибастуз-Павлодарской агломерации и новые дороги", "ekibastuz", [], "town.compound-adjective"],
    // Two places joined by a hyphen: a route or a hub, the town.
    ["Теміртау-Астана тас жолы бойында жаңа жанармай бекеттері ашылатын болады", "temirtau", ["temirtau"], "town.hyphen-pair"],
    // A facility word past «и», or after «в г.», is another thing's, the town's own.
    ["Построена школа в г. Кентау и плавательный бассейн для детей спортивной школы", "kentau", ["kentau"], "town.plain"],
    // A facility word a few words after the name, with a stray word about the data: one plant.
    ["Ол еңбек жолын Хромтау кен байыту комбинатында слесарь болып бастады", "khromtau", [], "town.facility"],
    // «комб.», an encyclopaedia's abbreviation of «комбинат».
    ["Кен орны негізінде 1950 жылы Хромтау кен байыту комб. іске қосылды.", "khromtau", [], "town.facility"],
    // A technical school or a trust named after the town is an institution, not the town.
    ["Ол 1975 жылы Екібастұз тау-кен техникумын үздік бітірген екен", "ekibastuz", [], "town.facility"],
    ["Әкесі ұзақ жылдар бойы Хромтау автокөлік тресінде бас инженер болып істеген", "khromtau", [], "town.facility"],
    // A city word outside the quotes the name is in belongs to another name: the trust's.
    ['Ол Жамбыл облысы Жаңатас қаласында "Қаратау химия өнеркәсібі құрылысы" тресінде жұмыс істеді', "karatau", ["zhanatas"], "town.facility"],
    // A short sentence written as published text writes one names the station; a short question does not.
    ["Балқаш станциясының ғимараты 2007 жылы ашылған.", "balkhash", [], "town.facility"],
    ["Аксу ферросплавный завод вакансии", "aksu", ["aksu"], "homonym.aksu.alone"],
  ])("%s", (text, town, towns, rule) => {
    expect(read(text, town)).toEqual({ towns, rule });
  });

  it("keeps the town in a question about a plant beside it", () => {
    expect(read("зарплата на АрселорМиттал Темиртау", "temirtau").towns).toEqual(["temirtau"]);
    expect(read("Екібастұз ГРЭС-2 қашан іске қосылады", "ekibastuz").towns).toEqual(["ekibastuz"]);
  });
});

describe("data/org-forms.txt", () => {
  const file = path.resolve(import.meta.dirname, "../../src/understanding/data/org-forms.txt");
  const lists = parseWordList(readFileSync(file, "utf8"), file, ["ru", "kk", "en"] as const);
  const all = [...(lists.ru ?? []), ...(lists.kk ?? []), ...(lists.en ?? [])];

  it("lists each form once, as one lower-case word", () => {
    expect(all.filter((w, i) => all.indexOf(w) !== i)).toEqual([]);
    expect(all.filter((w) => w !== normalize(w) || w.includes(" "))).toEqual([]);
    expect(ORG_FORMS.size).toBe(all.length);
    expect(ORG_FORMS.has("жшс") && ORG_FORMS.has("тоо")).toBe(true);
  });
});
