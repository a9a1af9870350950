# Редакторы данных: шаблоны, загрузка, предпросмотр, история, отмена (русский)

cmd-export = Выгрузить данные (CSV и XLSX)
cmd-template = Шаблоны для обновления данных
cmd-history = История изменений города
cmd-conflicts = Правки, которые выпуск данных не перезаписал
cmd-editors = Редакторы: список, добавить, убрать

changed-on = изменено { $date }

ed-not-editor = Эта команда — для редакторов данных. Спросите администратора бота, если вам нужен доступ.
ed-not-admin = Это может сделать только администратор бота.
ed-private-only = Работа с данными — только в личном чате с ботом.
ed-upload-not-editor = Файлы принимаю только от редакторов данных. Чтобы узнать о городе, напишите его название.
ed-file-download = Не удалось получить файл от Telegram. Отправьте его ещё раз.

ed-export-caption = Текущие данные: проекты по городам (measures) и показатели городов (figures), CSV в UTF-8 и XLSX.
ed-template-caption =
    <b>Шаблоны с текущими данными.</b>
    1. Измените нужные строки: значения, статус, сроки. Для каждой изменённой строки укажите источник: source_title, source_date, source_url.
    2. Новая строка — с пустым measure_id или figure_id. Строка, которую вы удалите из файла, будет удалена у этого города (остальные города файл не затрагивает).
    3. Пришлите файл сюда (CSV в UTF-8 или XLSX, до { $limitKb } КБ). Я проверю каждую строку, покажу разницу и применю только после «Подтвердить».
    Статусы: done, in_progress, planned, delayed, not_started, instructed, unknown. Даты: 2025, 2025-06, 2025-06-30, 2025-Q4 или 30.06.2025.

ed-nothing-applied = Данные не изменены.
ed-file-too_big = Файл слишком большой: можно до { $kb } КБ.
ed-file-too_complex = Не удалось проверить файл: он слишком сложный или повреждён (на проверку отведено { $seconds } с). Откройте его в Excel, сохраните заново как «Книга Excel (.xlsx)» или «CSV UTF-8» и пришлите ещё раз.
ed-file-too_many_rows = В файле слишком много строк: можно до { $limit }.
ed-file-unpacks_too_big = Файл слишком большой в распакованном виде: листы таблицы вместе могут занимать до { $mb } МБ без сжатия. Удалите лишние листы и пустые строки и пришлите файл ещё раз.
ed-file-too_many_cells = В файле слишком много заполненных ячеек: можно до { $limit }. Удалите лишние листы и столбцы и пришлите файл ещё раз.
ed-file-not_table = Это не похоже на таблицу. Пришлите CSV или XLSX — например, из /template.
ed-file-old_excel = Это старый формат Excel (.xls). Сохраните файл как «Книга Excel (.xlsx)» или «CSV UTF-8».
ed-file-encoding_1251 = Файл сохранён в кодировке Windows-1251: в ней нет казахских букв ә, ғ, қ, ң, ө, ұ, ү, һ, і. Сохраните его как «CSV UTF-8 (разделитель — запятая)» или пришлите XLSX.
ed-file-encoding = Не удалось прочитать текст файла. Сохраните его как «CSV UTF-8» или пришлите XLSX.
ed-file-empty = Файл пустой.
ed-file-broken = Файл повреждён или обрывается { $line ->
        [0] посередине
       *[other] на строке { $line } (незакрытые кавычки)
    }. Сохраните его заново и пришлите ещё раз.
ed-file-formulas = В файле есть формулы (ячейки { $cells }). Замените их значениями: «Копировать» → «Вставить значения».

ed-header-unknown =
    Не нашёл строку заголовков. Первая строка должна содержать названия столбцов, как в /template:
    проекты: { $measures }
    показатели: { $figures }
ed-header-missing = В заголовке не хватает столбцов: { $columns }. Возможно, их переименовали — верните названия из /template.
ed-header-extra = Лишние столбцы: { $columns }. Удалите их или верните названия из /template.
ed-header-duplicate = Столбцы повторяются: { $columns }.

ed-errors-title = { $count ->
        [one] Найдена { $count } ошибка:
        [few] Найдено { $count } ошибки:
       *[other] Найдено { $count } ошибок:
    }
ed-row-error = Строка { $line }, столбец <code>{ $column }</code>: { $problem }
ed-more = …и ещё { $count }
ed-err-required = пусто, а значение нужно
ed-err-not_number = не число
ed-err-negative = отрицательное число
ed-err-too_large = слишком большое число (больше { $max })
ed-err-bad_date = не дата (пишите 2025, 2025-06, 2025-06-30, 2025-Q4 или 30.06.2025)
ed-err-bad_status = неизвестный статус (допустимо: { $allowed })
ed-err-bad_qualifier = неизвестная точность (допустимо: { $allowed })
ed-err-unknown_town = нет такого города: { $town }
ed-err-bad_url = ссылка должна начинаться с http:// или https://
ed-err-formula = формула; впишите значение
ed-err-source_incomplete = источник указан не полностью: нужны source_title, source_date и source_url
ed-err-too_long = слишком длинный текст (больше { $max } знаков)
ed-err-source_missing = строка изменена, но источник не указан (source_title, source_date, source_url)
ed-err-unknown_id = нет записи с таким id: { $id }
ed-err-town_mismatch = запись относится к другому городу ({ $town })
ed-err-duplicate = повторяет строку { $row }
ed-err-duplicate_existing = такой проект уже есть ({ $id }); укажите его id в measure_id
ed-err-bad_key = неизвестный показатель (допустимо: { $keys })
ed-err-bad_tier = неизвестная группа (допустимо: { $tiers })

ed-tier-diversifying = на пути к диверсификации
ed-tier-medium_potential = средний потенциал
ed-tier-stagnating = стагнирующий

ed-field-change = { $field }: { $old } → { $new }
ed-field-titleRu = название (рус.)
ed-field-titleKk = название (каз.)
ed-field-status = статус
ed-field-amountKztBn = сумма, млрд ₸
ed-field-deadline = срок
ed-field-doneOn = выполнено
ed-field-value = значение
ed-field-qualifier = точность
ed-field-asOf = на дату
ed-field-tierId = группа

ed-no-changes = В файле нет изменений по сравнению с текущими данными.
ed-stale = ⚠️ Пока вы смотрели предпросмотр, данные изменил другой редактор. Вот разница с новыми данными:
ed-preview-title = <b>Предпросмотр: { $kind }</b>
ed-kind-measures = проекты
ed-kind-figures = показатели городов
ed-preview-counts = Добавить: { $added } · изменить: { $changed } · удалить: { $removed }
ed-preview-removals = ➖ — строки, которых нет в файле: у этих городов они будут удалены.
ed-preview-confirm = Применить эти изменения?
ed-btn-confirm = ✅ Подтвердить
ed-btn-cancel = ✖️ Отмена

ed-not-yours = Эта кнопка — из чужого или устаревшего предпросмотра.
ed-cancelled = Отменено. Данные не изменены.
ed-gone = Этот предпросмотр уже применён или отменён.
ed-applied = Готово: { $count ->
        [one] применено { $count } изменение
        [few] применено { $count } изменения
       *[other] применено { $count } изменений
    } (набор #{ $id }). Карточки и дайджесты уже показывают новые данные. История — /history.

ed-history-title = <b>История изменений: { $town }</b>
ed-history-all = все города
ed-history-empty = Изменений пока не было: { $town }.
ed-history-which = Не понял, какой город: «{ $query }». Пример: /history Темиртау
ed-history-upload = загрузка { $file }
ed-history-edit = правка
ed-history-undo = отмена набора #{ $id }
ed-history-undone = отменён набором #{ $id }
ed-history-release = выпуск данных от { $release }
ed-history-release-who = набор данных

ed-conflicts-title = <b>Выпуск данных и правки редакторов: { $town }</b>
    Эти поля редактор изменил после прошлого выпуска, поэтому новый выпуск их не перезаписал.
ed-conflicts-empty = Расхождений между выпусками данных и правками редакторов нет: { $town }.
ed-conflict-field = { $field }: в данных оставлено { $kept }; выпуск от { $date } даёт { $release }
ed-conflict-deleted = запись удалена редактором; в выпуске от { $date } она есть
ed-conflicts-hint = Если выпуск вернее, внесите его значение через /edit со ссылкой на источник.
ed-btn-undo = ↩️ Отменить #{ $id }

ed-undone = Набор #{ $id } отменён (это записано как набор #{ $undo }; его тоже можно отменить).
ed-undo-changed-since = Набор #{ $id } нельзя отменить: после него эти записи изменили наборы { $later }. Сначала отмените их.
ed-undo-gone = Набора #{ $id } нет.
ed-undo-already_undone = Набор #{ $id } уже отменён.
ed-undo-not_applied = Набор #{ $id } не был применён — отменять нечего.

ed-editors-list =
    <b>Редакторы данных</b>
    { $list }

    Администраторы (ADMIN_IDS): { $admins }
    Добавить: /editors add <i>id или @username</i>
    Убрать: /editors remove <i>id или @username</i>
ed-editors-none = пока никого
ed-editors-who = Не нашёл пользователя «{ $who }». Укажите числовой Telegram id или @username того, кто уже писал боту.
ed-editors-ambiguous = Имя «{ $who }» встречается у нескольких пользователей ({ $ids }): возможно, кто-то сменил @username. Укажите числовой Telegram id нужного человека.
ed-editors-is-admin = Это администратор: его права задаёт ADMIN_IDS.
ed-editors-added = Пользователь { $id } теперь редактор. Команды редактора появятся у него в меню.
ed-editors-removed = Пользователь { $id } больше не редактор.

ed-key-population = население
ed-key-measures_total = мероприятий в плане
ed-key-measures_done = мероприятий выполнено
ed-key-measures_unfinished = мероприятий не выполнено
ed-key-planned_kzt_bn = запланировано, млрд ₸
ed-key-allocated_kzt_bn = выделено, млрд ₸

cmd-edit = Изменить одну цифру или проект
edw-town = Какой город меняем? Напишите его название.
edw-target = <b>{ $town }</b>: что меняем?
edw-field = <b>{ $what }</b>: что меняем в проекте?
edw-value-pick = <b>{ $what }</b> сейчас: { $now }. Выберите новое значение.
edw-value-number = <b>{ $what }</b> сейчас: { $now }. Напишите новое значение числом (например, 12,5) или «-», если оно неизвестно.
edw-value-date = <b>{ $what }</b> сейчас: { $now }. Напишите дату: 2025, 2025-06, 2025-06-30, 2025-Q4 или 30.06.2025; «-» — если её нет.
edw-source =
    Откуда новое значение? Пришлите источник одним сообщением: название, дата и ссылка, например:
    <i>Отчёт акимата о ходе плана; 20.11.2026; https://example.kz/otchet</i>
edw-source-missing = В источнике не хватает: { $missing }. Нужны название, дата и ссылка.
edw-part-title = названия
edw-part-date = даты
edw-part-url = ссылки (http:// или https://)
edw-cancelled = Хорошо, ничего не меняю.
ed-history-when = { $date }, { $time } (время Астаны)
ed-undo-confirm = Отменить набор #{ $id }? Данные вернутся к тому, что было до него, и это увидят все читатели.
ed-btn-undo-yes = ↩️ Да, отменить
ed-btn-undo-no = Не отменять
ed-undo-kept = Хорошо, набор #{ $id } остаётся в силе.
ed-field-amountQualifier = точность суммы
ed-qualifier-exact = точно
ed-qualifier-approx = около
ed-qualifier-more_than = более
ed-qualifier-up_to = до
edw-left = Правку прервал, ничего не изменено. Отвечаю на ваш вопрос; вернуться к правке — /edit.
edw-town-again = Не нашёл такого города среди тех, что можно править. Напишите название города, например «Балхаш», — или нажмите «{ btn-cancel }».
