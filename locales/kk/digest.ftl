# Жазылымдар және аяқталмаған жобалар дайджесті

cmd-subscribe = Дайджестке жазылу
cmd-subscriptions = Менің жазылымдарым
cmd-unsubscribe = Жазылымнан бас тарту
cmd-digest = Дайджест қазір (алдын ала көру)

schedule-text = { $weekday ->
    [0] күн сайын
    [1] әр дүйсенбі
    [2] әр сейсенбі
    [3] әр сәрсенбі
    [4] әр бейсенбі
    [5] әр жұма
    [6] әр сенбі
   *[7] әр жексенбі
} сағат { $timeAt } (Астана уақыты)
weekday-0 = Күн сайын
weekday-1 = Дс
weekday-2 = Сс
weekday-3 = Ср
weekday-4 = Бс
weekday-5 = Жм
weekday-6 = Сн
weekday-7 = Жс
scope-all = Барлық моноқалалар
scope-tier = «{ $tier }» тобы
scope-none = қала деректерде жоқ

digest-title = Дайджест: аяқталмаған жобалар
digest-period-week = { $year } ж., { $week }-апта
digest-preview-note = Алдын ала көру: жіберілген дайджест болып саналмайды.
digest-first = Бұл жазылымның алғашқы дайджесті: өзгерістер келесісінен бастап көрсетіледі.
digest-town-summary = белгілі { $total } жобаның { $unfinishedOf } аяқталмаған.
digest-town-status-unknown = Тағы { $count } жобаның мәртебесі белгісіз.
digest-unknown-status-head = Мәртебесі белгісіз ({ $count }): орындалған да, аяқталмаған да болып саналмайды
digest-town-sum = Аяқталмағандарының сомасы: { $sum }.
digest-sum-date = { $date } дереккөзі бойынша
digest-sum-dates = { $from } – { $to } аралығындағы дереккөздер бойынша
digest-sum-some-undated = кейбірінің күні көрсетілмеген
digest-town-sum-unknown = { $count } жобаның сомасы көрсетілмеген.
digest-town-all-done = белгілі { $total } жобаның бәрі орындалды.
digest-town-none = менің деректерімде жоба жоқ.
digest-continued = жалғасы
digest-changes = Өткен дайджесттен бері не өзгерді:
digest-no-changes = Өткен дайджесттен бері ештеңе өзгерген жоқ.
digest-change-new = ✚ Жаңа
digest-change-done = ✓ Орындалды
digest-change-updated = ✎ Өзгерді
digest-change-removed = ✖ Деректерден алынды
digest-change-figure = ₸ Цифр өзгерді
digest-field-status = мәртебесі
digest-field-title = атауы
digest-none = Бұл чатта жазылым жоқ. Жазылу: /subscribe
digest-nothing = { $scope }: аяқталмаған жоба да, өзгеріс те жоқ — мұндай дайджест жіберілмейді.

btn-subscribe = 📬 Дайджестке жазылу
btn-subscriptions = Менің жазылымдарым
btn-sub-pause = ⏸ Үзіліс
btn-sub-resume = ▶ Жалғастыру
btn-sub-cancel = ✖ Бас тарту
btn-sub-when = 🕘 Уақыты
btn-sub-undo = ↩ Жазылымды қайтару
btn-sub-revive = ▶ Жазылымдарды жалғастыру
btn-sub-all = Барлық моноқалалар
btn-sub-done = Дайын ✓
btn-sub-confirm = ✓ Жазылу
btn-sub-change = 🕘 Басқа уақыт
btn-sub-save = ✓ Сақтау
btn-cancel = Болдырмау

sub-choose-scope = Неге жазыласыз? Қалаларды белгілеп (бірнешеуін де болады), «{ btn-sub-done }» басыңыз немесе топты не барлық моноқалаларды таңдаңыз. Қалалардың атын жазуға да болады.
sub-chosen = Таңдалғаны: { $towns }
sub-choose-scope-empty = Кемінде бір қаланы белгілеңіз немесе топты таңдаңыз.
sub-choose-weekday = Дайджестті қай күні жіберейін? Уақыт — Астана уақыты (UTC+5).
sub-choose-hour = Сағат нешеде жіберейін?
sub-confirm =
    <b>Аяқталмаған жобалар дайджестіне жазылу</b>
    Не туралы: { $scope }
    Қашан: { $schedule }
sub-done =
    Дайын: сіз жазылдыңыз. { $scope } — { $schedule }.
    Келесі дайджест: { $first }. Жазылымдарды басқару — /subscriptions, дайджестті қазір көру — /digest.
sub-existed = Мұндай жазылым бұрыннан бар еді — оның кестесін жаңарттым.
sub-cancelled = Жарайды, жазылым ресімделмеді.
sub-repeat = Жауабыңызды түсінбедім. Төмендегі батырмалардың бірін немесе «{ btn-cancel }» басыңыз.
sub-admins-only = Топта жазылымды тек әкімшілер ресімдейді және өзгертеді.
sub-stale = Бұл форма ескірген немесе оны сіз ашпағансыз. Қайта бастаңыз: /subscribe
sub-schedule-saved = Кесте өзгертілді: { $schedule }. Келесі дайджест: { $first }.
sub-schedule-unchanged = Жарайды, кесте өзгерген жоқ.

subs-title = <b>Осы чаттың жазылымдары</b>
subs-none = Бұл чатта жазылым жоқ. Жазылу: /subscribe — немесе қала карточкасындағы «{ btn-subscribe }» батырмасы.
subs-line = { $n }. { $scope } — { $schedule }{ $state }
subs-state-paused = {" "}(үзілісте)
subs-state-stopped = {" "}(тоқтатылған: бот бұғатталған немесе чаттан шығарылған)
subs-hint = Батырмалар: жазылымның нөмірі және әрекет.
sub-paused = Жазылым үзілісте: { $scope }. Жалғастыру — /subscriptions.
sub-resumed = Жазылым қайта іске қосылды: { $scope }. Келесі дайджест: { $first }.
sub-unsubscribed = Жазылымнан бас тарттыңыз: { $scope }. Бұрынғы дайджесттер туралы деректер сақталды.
sub-unsubscribed-town = { $town } қаласы жазылымдарыңыздан алынды.
sub-not-subscribed-town = Бұл чатта { $town } қаласына жазылым жоқ.
sub-unsubscribe-which = Қай жазылымнан бас тартасыз?
sub-gone = Бұл жазылым енді жоқ. Жазылымдарыңыз: /subscriptions
sub-welcome-back = Қайта оралғаныңызға қуаныштымын! Бот бұғатталған немесе шығарылған кезде осы чаттың { $count } жазылымы тоқтатылған еді. Жалғастырайық па?
sub-revived = Жазылымдар жалғастырылды: { $count }.
btn-sub-cancel-all = ✖ Барлығынан бас тарту
btn-sub-undo-town = ↩ Қайтару: { $town }
sub-unsubscribed-all = Осы чаттың барлық жазылымынан бас тарттыңыз ({ $count }). Бұрынғы дайджесттер туралы деректер сақталды.
sub-town-former = { $town } (бұрынғы)
