# Карточка города (русский)

unknown = неизвестно
computed = вычислено: { $formula }
source-inline = { $source }
as-of = на { $date }
note = Примечание: { $text }

status-monotown = Моногород
status-former = Бывший моногород — исключён из перечня
status-reference = Вышла из перечня моногородов; пример для других городов
left-basis = Основание: { $basis }
left-reason = Причина: { $reason }
left-unknown = Когда и на каком основании — в источнике не сказано
left-reported = Сообщение об исключении:

field-region = Область
field-population = Население
population-scope-city = сам город
population-scope-city_administration = город с подчинёнными населёнными пунктами
field-enterprise = Градообразующее предприятие
field-enterprise-unknown = не названо в источниках
field-tier = Группа
field-tier-none = не присваивается: города нет в перечне моногородов
field-former-names = Прежние названия
field-other-names = Другие написания
field-industrial-zone = Индустриальная зона по модели Сарани: поручено проработать
people = { $count ->
    [one] человек
    [few] человека
   *[other] человек
}

section-progress = Ход плана
section-funding = Финансирование
section-sources = Источники
section-about = О городе

progress-projects = Проекты, о которых сообщали власти и пресса: { $total } — выполнено { $done }, не завершено { $unfinished }{ $unknown ->
    [0] {""}
   *[other] , статус неизвестен у { $unknown }
}.
progress-projects-none = О проектах города сообщений в моих данных нет.
progress-projects-caveat = Это не официальный перечень мероприятий плана, а найденные сообщения.
progress-plan-counts = Данные о плане:
progress-p25-unknown = План 2023–2025 гг.: поимённых цифр по городу нет — опубликованы только итоги по 10 городам (/overview).
progress-not-in-p25 = Город не входит в 10 городов с планами на 2023–2025 гг.
progress-more = …и ещё { $count }. Полный список — кнопка «{ section-progress }».
progress-short = Ход плана: { $done } из { $total } известных проектов выполнено, { $unfinished } не завершено{ $unknown ->
    [0] {""}
   *[other] , у { $unknown } статус неизвестен
}.

measures-total = Мероприятий в плане
measures-done = Выполнено мероприятий
measures-unfinished = Не выполнено мероприятий
project-amount = Сумма
project-deadline = Срок
project-deadline-moved = перенесён с { $from }
project-done-on = Выполнено: { $date }

funding-planned = Запланировано
funding-allocated = Выделено
funding-shortfall = Недофинансирование
funding-shortfall-unknown = Недофинансирование: неизвестно — нет выделенной суммы по этому плану.
funding-none = Цифр о финансировании города в моих данных нет.
funding-other = Другие суммы из источников:
funding-other-only = Сумм плана в моих данных нет; { $count ->
    [one] одна сумма из источников
    [few] { $count } суммы из источников
   *[other] { $count } сумм из источников
} — в разделе «{ section-funding }».
funding-short-unknown = Финансирование: запланировано { $planned }, выделено { $allocated }.
funding-short = Недофинансирование: { $shortfall }.
funding-short-of-plan = Недофинансирование ({ $plan }): { $shortfall }.
funding-short-unknown-of-plan = Финансирование ({ $plan }): запланировано { $planned }, выделено { $allocated }.

sources-title = Источники карточки
source-grade = оценка: { $grade }
source-no-date = дата не указана
source-no-url = ссылки нет

status-done = выполнено
status-in_progress = в работе
status-planned = запланировано
status-delayed = сроки перенесены
status-not_started = не начато
status-instructed = поручено
status-unknown = статус неизвестен
status-proposed = предложено
status-to_be_studied = будет проработано
status-under_consideration = рассматривается

btn-card = Карточка
btn-progress = Ход плана
btn-funding = Финансирование
btn-sources = Источники
btn-about = О городе
btn-tiers = Все группы
btn-overview = По стране
