# Инлайн-режим, ссылки и «Поделиться» (русский)

btn-share = ↗ Поделиться
btn-open-bot = Открыть в боте

inline-title-main = { $town } — карточка города
inline-title-funding = { $town } — финансирование и недофинансирование
inline-title-progress = { $town } — ход плана
inline-title-sources = { $town } — источники
inline-title-about = { $town } — о городе
inline-title-overview = Моногорода: общая картина по стране
inline-title-tiers = Три группы моногородов
inline-title-tier = Группа: { $tier }
inline-title-compare = Сравнение: { $towns }
inline-nothing = Ничего не нашлось — открыть бота

# Графики
chart-funding-title = Планы 10 моногородов на 2023–2025 гг.: запланировано и выделено
chart-funding-town-title = { $town }: запланировано и выделено
chart-unknown-note = Пунктирная рамка — цифра неизвестна (не ноль).
chart-projects-title = Проекты по сообщениям: выполнено, не завершено, статус неизвестен
chart-projects-subtitle = Городов: { $towns }, проектов: { $total } — выполнено { $done }, не завершено { $unfinished }, статус неизвестен у { $unknown }. Это не официальный перечень мероприятий.
chart-projects-row = { $done } из { $total }
chart-projects-line = { $town } { $done }/{ $unfinished }/{ $unknown }
chart-projects-legend = По городам (выполнено/не завершено/статус неизвестен):
chart-done = Выполнено
chart-unfinished = Не завершено
chart-status-unknown = Статус неизвестен
chart-tiers-title = Три группы моногородов
chart-tiers-subtitle = Число городов в группе (проект классификации, может измениться)
chart-source = Источник: { $sources }
chart-sources = Источники: { $sources }
chart-sources-many = Источники: { $count ->
    [one] { $count } публикация
    [few] { $count } публикации
   *[many] { $count } публикаций
  } о проектах; источник каждого — в карточке города, кнопка 📎
chart-no-source = Источник не указан
chart-choose = Какой график прислать? Для графика по городу: <code>/chart Балхаш</code>
chart-no-funding = По городу { $town } в моих данных нет цифр о финансировании — графику не из чего строиться.
chart-not-found = Не нашёл города «{ $query }». Напишите название иначе или выберите график:
chart-unavailable = Графики сейчас недоступны на сервере бота. Те же цифры с источниками — в /overview и карточках городов.
btn-chart-funding = 📊 Финансирование: страна
btn-chart-projects = 📊 Проекты по городам
btn-chart-tiers = 📊 Группы
btn-chart-town = 📊 График

# Источник цифры (кнопка 📎)
btn-source = 📎 { $name }
source-heading = <b>Источник</b>
source-publisher = Издатель: { $publisher }
source-title-line = Заголовок: «{ $title }»
source-date = Дата: { $date }
source-link = Ссылка: { $link }
source-about = О чём источник: { $text }
source-discrepancies = Другие источники говорят иначе:
source-no-discrepancy = Расхождений этого источника с другими в наборе данных нет.
source-preferred = Бот показывает: { $text }
source-both-kept = Бот сохраняет обе цифры: источники говорят о разном или расхождение не разрешено.
source-explanation = Почему расходятся: { $text }
source-other-sources = Источники расхождения: { $sources }

# CSV
btn-csv = ⬇ CSV
csv-caption = Строк: { $rows }. Пустая ячейка — цифра неизвестна (не ноль). У каждой цифры — источник в соседнем столбце.
csv-nothing = Сначала откройте список или сравнение — например, /tiers, группу или «сравни Балхаш и Степногорск», — а потом /csv пришлёт его строки.
csv-town = Город
csv-region = Область
csv-status = Статус
csv-tier = Группа
csv-population = Население
csv-population-source = Население: источник
csv-projects = Проектов по сообщениям
csv-projects-done = Выполнено
csv-projects-unfinished = Не завершено
csv-projects-status-unknown = Статус неизвестен
csv-plan = План
csv-planned = Запланировано, млрд ₸
csv-allocated = Выделено, млрд ₸
csv-shortfall = Недофинансирование, млрд ₸ (вычислено)
csv-approx = Приблизительно
csv-approx-yes = да: в источнике «около» или «более»
csv-funding-source = Финансирование: источник
csv-funding-url = Финансирование: ссылка
