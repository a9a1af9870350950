# Подписки и дайджесты незавершённых проектов

cmd-subscribe = Подписаться на дайджест
cmd-subscriptions = Мои подписки
cmd-unsubscribe = Отписаться
cmd-digest = Дайджест сейчас (предпросмотр)

schedule-text = { $weekday ->
    [0] каждый день
    [1] по понедельникам
    [2] по вторникам
    [3] по средам
    [4] по четвергам
    [5] по пятницам
    [6] по субботам
   *[7] по воскресеньям
} в { $time } (время Астаны)
weekday-0 = Каждый день
weekday-1 = Пн
weekday-2 = Вт
weekday-3 = Ср
weekday-4 = Чт
weekday-5 = Пт
weekday-6 = Сб
weekday-7 = Вс
scope-all = Все моногорода
scope-tier = Группа «{ $tier }»
scope-none = города нет в данных

digest-title = Дайджест: незавершённые проекты
digest-period-week = неделя { $week }, { $year }
digest-preview-note = Предпросмотр: не считается отправленным дайджестом.
digest-first = Первый дайджест этой подписки: изменения будут показаны со следующего.
digest-town-summary = не завершено { $unfinished } из { $total } известных проектов.
digest-town-status-unknown = Статус ещё { $count ->
    [one] { $count } проекта
   *[other] { $count } проектов
} неизвестен.
digest-unknown-status-head = Статус неизвестен ({ $count }): не считаются ни выполненными, ни незавершёнными
digest-town-sum = Сумма незавершённых: { $sum }.
digest-sum-date = по источнику от { $date }
digest-sum-dates = по источникам от { $from } до { $to }
digest-sum-some-undated = у части дата не указана
digest-town-sum-unknown = У { $count ->
    [one] { $count } проекта
   *[other] { $count } проектов
} сумма не указана.
digest-town-all-done = все { $total } известных проектов выполнены.
digest-town-none = проектов в моих данных нет.
digest-continued = продолжение
digest-changes = Что изменилось с прошлого дайджеста:
digest-no-changes = С прошлого дайджеста ничего не изменилось.
digest-change-new = ✚ Новый
digest-change-done = ✓ Выполнен
digest-change-updated = ✎ Изменён
digest-change-removed = ✖ Убран из данных
digest-change-figure = ₸ Изменилась цифра
digest-field-status = статус
digest-field-title = название
digest-none = У этого чата нет подписок. Подписаться: /subscribe
digest-nothing = { $scope }: незавершённых проектов и изменений нет — такой дайджест не отправляется.

btn-subscribe = 📬 Подписаться на дайджест
btn-subscriptions = Мои подписки
btn-sub-pause = ⏸ Пауза
btn-sub-resume = ▶ Продолжить
btn-sub-cancel = ✖ Отписаться
btn-sub-when = 🕘 Время
btn-sub-undo = ↩ Вернуть подписку
btn-sub-revive = ▶ Возобновить подписки
btn-sub-all = Все моногорода
btn-sub-done = Готово ✓
btn-sub-confirm = ✓ Подписаться
btn-sub-change = 🕘 Другое время
btn-sub-save = ✓ Сохранить
btn-cancel = Отмена

sub-choose-scope = На что подписаться? Отметьте города (можно несколько) и нажмите «{ btn-sub-done }», или выберите группу либо все моногорода. Можно и написать названия городов.
sub-chosen = Выбрано: { $towns }
sub-choose-scope-empty = Отметьте хотя бы один город или выберите группу.
sub-choose-weekday = В какой день присылать дайджест? Время — Астаны (UTC+5).
sub-choose-hour = Во сколько присылать?
sub-confirm =
    <b>Подписка на дайджест незавершённых проектов</b>
    Что: { $scope }
    Когда: { $schedule }
sub-done =
    Готово: вы подписаны. { $scope } — { $schedule }.
    Ближайший дайджест: { $first }. Управлять подписками — /subscriptions, посмотреть дайджест сейчас — /digest.
sub-existed = Такая подписка уже была — я обновил её расписание.
sub-cancelled = Хорошо, подписка не оформлена.
sub-repeat = Не понял ответ. Нажмите одну из кнопок ниже или «{ btn-cancel }».
sub-admins-only = В группе подписку оформляют и меняют только администраторы.
sub-stale = Эта форма устарела или открыта не вами. Начните заново: /subscribe
sub-schedule-saved = Расписание изменено: { $schedule }. Ближайший дайджест: { $first }.
sub-schedule-unchanged = Хорошо, расписание осталось прежним.

subs-title = <b>Подписки этого чата</b>
subs-none = У этого чата нет подписок. Подписаться: /subscribe — или кнопкой «{ btn-subscribe }» в карточке города.
subs-line = { $n }. { $scope } — { $schedule }{ $state }
subs-state-paused = {" "}(на паузе)
subs-state-stopped = {" "}(остановлена: бот был заблокирован или удалён из чата)
subs-hint = Кнопки: номер подписки и действие.
sub-paused = Подписка на паузе: { $scope }. Продолжить — /subscriptions.
sub-resumed = Подписка снова действует: { $scope }. Ближайший дайджест: { $first }.
sub-unsubscribed = Вы отписались: { $scope }. Данные о прошлых дайджестах сохранены.
sub-unsubscribed-town = Город { $town } убран из ваших подписок.
sub-not-subscribed-town = Подписки на { $town } у этого чата нет.
sub-unsubscribe-which = Какую подписку отменить?
sub-gone = Этой подписки больше нет. Ваши подписки: /subscriptions
sub-welcome-back = С возвращением! { $count ->
    [one] Подписка этого чата была остановлена
   *[other] Подписки этого чата ({ $count }) были остановлены
}, когда бот был заблокирован или удалён. Возобновить?
sub-revived = Подписки возобновлены: { $count }.
btn-sub-cancel-all = ✖ Отписаться от всех
btn-sub-undo-town = ↩ Вернуть: { $town }
sub-unsubscribed-all = Вы отписались от всех подписок этого чата ({ $count }). Данные о прошлых дайджестах сохранены.
sub-town-former = { $town } (бывш.)
