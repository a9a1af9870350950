# Группы и общая картина (русский)

tiers-title = <b>Группы моногородов</b> (проект классификации Минэкономики)
tiers-pick = Выберите группу, чтобы увидеть её города.
tier-towns = { $count ->
    [one] { $count } город
    [few] { $count } города
   *[other] { $count } городов
}
tier-title = <b>{ $tier }</b>
tier-kk-unofficial = Казахское название группы — наш перевод: официального не найдено.
tier-pick-town = Откройте карточку города:
tier-draft = Классификация предложена в проекте постановления и может измениться.

overview-title = <b>Моногорода Казахстана: общая картина</b>
overview-count = Моногородов: { $value }
overview-population = Население: { $value }
overview-p25-title = <b>Планы развития 10 моногородов на 2023–2025 годы</b>
overview-p25-towns = Города: { $towns }
overview-p25-removed = Из них исключены из перечня: { $towns }
overview-measures = Мероприятий: { $value }
overview-unfinished = Не реализовано: { $value }
overview-done-unknown = Сколько выполнено полностью — не опубликовано: «не реализовано 100» не значит, что остальные выполнены.
overview-planned = Запланировано: { $value }
overview-allocated = Выделено: { $value }
overview-shortfall = Не выделено: { $value }
overview-allocated-share = Доля выделенного: { $value }
overview-unfinished-share = Доля нереализованных мероприятий: { $value }
overview-p27-title = <b>Комплексные планы на 2023–2027 годы</b>
overview-list-title = <b>Изменения перечня</b>
overview-list-change = Было { $before } ({ $beforeDate }), стало { $after } ({ $afterDate }).
overview-list-removed = Вышли из перечня: { $towns }
overview-list-added = О городах, добавленных в перечень, в моих данных сведений нет.
overview-tiers = Группы: { $tiers }
