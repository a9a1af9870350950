# Карточка проекта, /project и переносы сроков в дайджесте (русский)

cmd-project = Проект: статус, сумма, сроки и их переносы
project-usage = Напишите проект после команды — слово из названия, сокращение или город, например: <code>{ $command } Кендерли</code>, <code>{ $command } ГПЗ Жанаозен</code>, <code>{ $command } Курчатов электростанция</code>
project-not-found = Не нашёл такого проекта среди тех, о которых сообщали источники. Напишите слово из названия («Кендерли»), сокращение (ГПЗ, ТЭЦ, ГРЭС, ГОК) и город.
project-which = Подходят несколько проектов — выберите:
project-of-town = { $town }: проекты, о которых сообщали источники. Выберите:
project-field-towns = Город
project-field-status = Статус
project-field-amount = Сумма
project-amount-unknown = неизвестна
project-field-deadline = Срок
project-deadline-unknown = не назван
project-slips = Срок переносился { $count ->
    [one] { $count } раз
    [few] { $count } раза
   *[other] { $count } раз
}, прежние сроки:
project-slip = • было: { $deadline }
project-field-done = Выполнено
project-done-unknown = дата не названа
project-field-owner = Чей проект
project-owner-state = государственный
project-owner-company = компании
project-owner-mixed = государства и компании
project-owner-unknown = неизвестно
project-field-plan = Связь с планом
project-plan-plan_2023_2027 = комплексный план развития города на 2023–2027 годы
project-plan-other_plan = другой план или программа
project-plan-not_stated = источники не связывают с планом
project-plan-unknown = неизвестна
project-field-sources = Источники
project-caveat = О проекте известно то, что сообщали источники; официального реестра проектов моногородов нет.
btn-project-town = 🏙 { $town }
inline-title-project = Проект: { $title }
digest-project-timeline = ⏱ Срок снова перенесён, все сроки: { $timeline }
