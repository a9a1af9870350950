# Раздел «История» карточки города (русский)

section-history = История
btn-history = 📜 История
inline-title-history = { $town } — история

history-date-unknown = дата не указана
history-approved-unknown = дата утверждения не указана
history-in-list = город в перечне моногородов; когда он в него вошёл, в данных не сказано.
history-list-count = Городов в перечне
history-left-list = город исключён из перечня моногородов
history-left-window = Сколько городов было в перечне до и после:
history-tier = в проекте классификации моногородов город отнесён к группе «{ $tier }»
history-no-tier = город не вошёл в проект классификации моногородов по трём группам: его нет в перечне
history-classification-draft = Это проект: постановление о его утверждении в найденных источниках не обнаружено.
history-classification-adopted = Классификация утверждена.
history-draft-dated = Проект внесён: { $date }
history-region = сменилась область: раньше — { $from }, теперь — { $to }
history-plan = утверждён план «{ $plan }»
history-plan-one-of = город вошёл в «{ $plan }»
history-plans-approved = Когда утверждены планы всех десяти городов: { $text }

history-edits = Правки редакторов: { $count }. Последние:
history-edits-none = Редакторы данные этого города не меняли.
history-edits-more = { $count ->
        [one] …и ещё { $count } более ранняя правка
        [few] …и ещё { $count } более ранние правки
       *[other] …и ещё { $count } более ранних правок
    }
history-edit-added = добавлено: { $record }
history-edit-removed = удалено: { $record }
history-edit-no-source = источник не указан
