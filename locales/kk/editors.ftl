# Деректер редакторлары: үлгілер, жүктеу, алдын ала қарау, тарих, күшін жою (қазақша)

cmd-export = Деректерді жүктеп алу (CSV және XLSX)
cmd-template = Деректерді жаңартуға арналған үлгілер
cmd-history = Қаланың өзгерістер тарихы
cmd-conflicts = Деректер шығарылымы өзгертпеген түзетулер
cmd-editors = Редакторлар: тізім, қосу, алып тастау

changed-on = { $date } өзгертілді

ed-not-editor = Бұл команда деректер редакторларына арналған. Қолжетімділік керек болса, бот әкімшісіне жазыңыз.
ed-not-admin = Мұны тек бот әкімшісі істей алады.
ed-private-only = Деректермен жұмыс тек ботпен жеке чатта жүреді.
ed-upload-not-editor = Файлдарды тек деректер редакторларынан қабылдаймын. Қала туралы білу үшін оның атауын жазыңыз.
ed-file-download = Файлды Telegram-нан алу мүмкін болмады. Оны қайта жіберіңіз.

ed-export-caption = Ағымдағы деректер: қалалар бойынша жобалар (measures) және қала көрсеткіштері (figures), UTF-8 CSV және XLSX.
ed-template-caption =
    <b>Ағымдағы деректері бар үлгілер.</b>
    1. Қажетті жолдарды өзгертіңіз: мәндер, мәртебе, мерзімдер. Әр өзгерген жолға дереккөзді көрсетіңіз: source_title, source_date, source_url.
    2. Жаңа жол — measure_id немесе figure_id бос болады. Файлдан өшірілген жол сол қалада жойылады (басқа қалаларға файл әсер етпейді).
    3. Файлды осында жіберіңіз (UTF-8 CSV немесе XLSX, { $limitKb } КБ-қа дейін). Әр жолды тексеріп, айырмашылықты көрсетемін және «Растау» басылғаннан кейін ғана енгіземін.
    Мәртебелер: done, in_progress, planned, delayed, not_started, instructed, unknown. Күндер: 2025, 2025-06, 2025-06-30, 2025-Q4 немесе 30.06.2025.

ed-nothing-applied = Деректер өзгерген жоқ.
ed-file-too_big = Файл тым үлкен: { $kb } КБ-қа дейін болады.
ed-file-too_complex = Файлды тексеру мүмкін болмады: ол тым күрделі немесе бүлінген (тексеруге { $seconds } секунд беріледі). Оны Excel-де ашып, «Excel кітабы (.xlsx)» немесе «CSV UTF-8» ретінде қайта сақтаңыз да, тағы жіберіңіз.
ed-file-too_many_rows = Файлда жол тым көп: { $limit } жолға дейін болады.
ed-file-unpacks_too_big = Файл ашылғанда тым үлкен: кесте парақтарының сығылмаған көлемі барлығы { $mb } МБ-тан аспауы керек. Артық парақтар мен бос жолдарды өшіріп, файлды қайта жіберіңіз.
ed-file-too_many_cells = Файлда толтырылған ұяшық тым көп: { $limit } ұяшыққа дейін болады. Артық парақтар мен бағандарды өшіріп, файлды қайта жіберіңіз.
ed-file-not_table = Бұл кестеге ұқсамайды. CSV немесе XLSX жіберіңіз — мысалы, /template арқылы алынғанын.
ed-file-old_excel = Бұл Excel-дің ескі пішімі (.xls). Файлды «Excel кітабы (.xlsx)» немесе «CSV UTF-8» ретінде сақтаңыз.
ed-file-encoding_1251 = Файл Windows-1251 кодтауында сақталған: онда ә, ғ, қ, ң, ө, ұ, ү, һ, і әріптері жоқ. Оны «CSV UTF-8 (үтірмен бөлінген)» ретінде сақтаңыз немесе XLSX жіберіңіз.
ed-file-encoding = Файлдың мәтінін оқу мүмкін болмады. Оны «CSV UTF-8» ретінде сақтаңыз немесе XLSX жіберіңіз.
ed-file-empty = Файл бос.
ed-file-broken = Файл бүлінген немесе { $line ->
        [0] ортасында үзіледі
       *[other] { $line }-жолда үзіледі (тырнақша жабылмаған)
    }. Оны қайта сақтап, тағы жіберіңіз.
ed-file-formulas = Файлда формулалар бар ({ $cells } ұяшықтары). Оларды мәндермен алмастырыңыз: «Көшіру» → «Мәндерді қою».

ed-header-unknown =
    Тақырып жолын таппадым. Бірінші жолда /template-тегідей баған атаулары болуы керек:
    жобалар: { $measures }
    көрсеткіштер: { $figures }
ed-header-missing = Тақырыпта мына бағандар жетпейді: { $columns }. Атаулары өзгертілген болуы мүмкін — /template-тегі атауларды қайтарыңыз.
ed-header-extra = Артық бағандар: { $columns }. Оларды өшіріңіз немесе /template-тегі атауларды қайтарыңыз.
ed-header-duplicate = Бағандар қайталанады: { $columns }.

ed-errors-title = { $count } қате табылды:
ed-row-error = { $line }-жол, <code>{ $column }</code> бағаны: { $problem }
ed-more = …тағы { $count }
ed-err-required = бос, ал мән керек
ed-err-not_number = сан емес
ed-err-negative = теріс сан
ed-err-too_large = сан тым үлкен ({ $max }-ден көп)
ed-err-bad_date = күн емес (2025, 2025-06, 2025-06-30, 2025-Q4 немесе 30.06.2025 деп жазыңыз)
ed-err-bad_status = белгісіз мәртебе (рұқсат етілгені: { $allowed })
ed-err-bad_qualifier = белгісіз дәлдік (рұқсат етілгені: { $allowed })
ed-err-unknown_town = мұндай қала жоқ: { $town }
ed-err-bad_url = сілтеме http:// немесе https:// деп басталуы керек
ed-err-formula = формула; мәнін жазыңыз
ed-err-source_incomplete = дереккөз толық емес: source_title, source_date және source_url керек
ed-err-too_long = мәтін тым ұзын ({ $max } белгіден көп)
ed-err-source_missing = жол өзгерген, бірақ дереккөз көрсетілмеген (source_title, source_date, source_url)
ed-err-unknown_id = мұндай id-мен жазба жоқ: { $id }
ed-err-town_mismatch = жазба басқа қалаға қатысты ({ $town })
ed-err-duplicate = { $row }-жолды қайталайды
ed-err-duplicate_existing = мұндай жоба бар ({ $id }); оның id-ін measure_id бағанына жазыңыз
ed-err-bad_key = белгісіз көрсеткіш (рұқсат етілгені: { $keys })
ed-err-bad_tier = белгісіз топ (рұқсат етілгені: { $tiers })

ed-tier-diversifying = әртараптандыру жолында
ed-tier-medium_potential = орташа әлеует
ed-tier-stagnating = тоқыраған

ed-field-change = { $field }: { $old } → { $new }
ed-field-titleRu = атауы (орысша)
ed-field-titleKk = атауы (қазақша)
ed-field-status = мәртебесі
ed-field-amountKztBn = сомасы, млрд ₸
ed-field-deadline = мерзімі
ed-field-doneOn = орындалды
ed-field-value = мәні
ed-field-qualifier = дәлдігі
ed-field-asOf = күні
ed-field-tierId = тобы

ed-no-changes = Файлда ағымдағы деректермен салыстырғанда өзгеріс жоқ.
ed-stale = ⚠️ Сіз алдын ала қарап отырғанда, деректерді басқа редактор өзгертті. Жаңа деректермен айырмашылық мынадай:
ed-preview-title = <b>Алдын ала қарау: { $kind }</b>
ed-kind-measures = жобалар
ed-kind-figures = қала көрсеткіштері
ed-preview-counts = Қосу: { $added } · өзгерту: { $changed } · жою: { $removed }
ed-preview-removals = ➖ — файлда жоқ жолдар: бұл қалаларда олар жойылады.
ed-preview-confirm = Осы өзгерістерді енгізейін бе?
ed-btn-confirm = ✅ Растау
ed-btn-cancel = ✖️ Бас тарту

ed-not-yours = Бұл батырма басқа біреудің немесе ескірген алдын ала қараудан.
ed-cancelled = Бас тартылды. Деректер өзгерген жоқ.
ed-gone = Бұл алдын ала қарау енгізіліп қойған немесе одан бас тартылған.
ed-applied = Дайын: { $count } өзгеріс енгізілді (#{ $id } жиыны). Карточкалар мен дайджесттер жаңа деректерді көрсетеді. Тарих — /history.

ed-history-title = <b>Өзгерістер тарихы: { $town }</b>
ed-history-all = барлық қалалар
ed-history-empty = Әзірге өзгеріс болған жоқ: { $town }.
ed-history-which = Қай қала екенін түсінбедім: «{ $query }». Мысал: /history Теміртау
ed-history-upload = { $file } жүктеу
ed-history-edit = түзету
ed-history-undo = #{ $id } жиынының күшін жою
ed-history-undone = күші #{ $id } жиынымен жойылды
ed-history-release = { $release } деректер шығарылымы
ed-history-release-who = деректер жинағы

ed-conflicts-title = <b>Деректер шығарылымы және редакторлардың түзетулері: { $town }</b>
    Бұл өрістерді редактор алдыңғы шығарылымнан кейін өзгерткен, сондықтан жаңа шығарылым оларды қайта жазбады.
ed-conflicts-empty = Деректер шығарылымдары мен редакторлардың түзетулері арасында алшақтық жоқ: { $town }.
ed-conflict-field = { $field }: деректерде { $kept } қалдырылды; { $date } шығарылымында { $release }
ed-conflict-deleted = жазбаны редактор жойған; { $date } шығарылымында ол бар
ed-conflicts-hint = Шығарылымдағы мән дұрысырақ болса, оны дереккөзге сілтеме беріп /edit арқылы енгізіңіз.
ed-btn-undo = ↩️ #{ $id } күшін жою

ed-undone = #{ $id } жиынының күші жойылды (бұл #{ $undo } жиыны ретінде жазылды; оның да күшін жоюға болады).
ed-undo-changed-since = #{ $id } жиынының күшін жою мүмкін емес: одан кейін бұл жазбаларды { $later } жиындары өзгертті. Алдымен солардың күшін жойыңыз.
ed-undo-gone = #{ $id } жиыны жоқ.
ed-undo-already_undone = #{ $id } жиынының күші бұрын жойылған.
ed-undo-not_applied = #{ $id } жиыны енгізілмеген — күшін жоятын ештеңе жоқ.

ed-editors-list =
    <b>Деректер редакторлары</b>
    { $list }

    Әкімшілер (ADMIN_IDS): { $admins }
    Қосу: /editors add <i>id немесе @username</i>
    Алып тастау: /editors remove <i>id немесе @username</i>
ed-editors-none = әзірге ешкім жоқ
ed-editors-who = «{ $who }» пайдаланушысын таппадым. Ботқа бұрын жазған адамның Telegram id санын немесе @username-ін көрсетіңіз.
ed-editors-ambiguous = «{ $who }» атауы бірнеше пайдаланушыда бар ({ $ids }): біреу @username-ін ауыстырған болуы мүмкін. Керекті адамның Telegram id санын көрсетіңіз.
ed-editors-is-admin = Бұл — әкімші: оның құқықтарын ADMIN_IDS береді.
ed-editors-added = { $id } пайдаланушысы енді редактор. Редактор командалары оның мәзірінде пайда болады.
ed-editors-removed = { $id } пайдаланушысы енді редактор емес.

ed-key-population = халқы
ed-key-measures_total = жоспардағы іс-шаралар
ed-key-measures_done = орындалған іс-шаралар
ed-key-measures_unfinished = орындалмаған іс-шаралар
ed-key-planned_kzt_bn = жоспарланған, млрд ₸
ed-key-allocated_kzt_bn = бөлінген, млрд ₸

cmd-edit = Бір санды немесе жобаны өзгерту
edw-town = Қай қаланы өзгертеміз? Атауын жазыңыз.
edw-target = <b>{ $town }</b>: нені өзгертеміз?
edw-field = <b>{ $what }</b>: жобаның қай мәнін өзгертеміз?
edw-value-pick = <b>{ $what }</b> қазір: { $now }. Жаңа мәнді таңдаңыз.
edw-value-number = <b>{ $what }</b> қазір: { $now }. Жаңа мәнді санмен жазыңыз (мысалы, 12,5) немесе белгісіз болса «-».
edw-value-date = <b>{ $what }</b> қазір: { $now }. Күнді жазыңыз: 2025, 2025-06, 2025-06-30, 2025-Q4 немесе 30.06.2025; жоқ болса «-».
edw-source =
    Жаңа мән қайдан алынды? Дереккөзді бір хабарламамен жіберіңіз: атауы, күні және сілтемесі, мысалы:
    <i>Әкімдіктің жоспар барысы туралы есебі; 20.11.2026; https://example.kz/esep</i>
edw-source-missing = Дереккөзде мыналар жетпейді: { $missing }. Атауы, күні және сілтемесі керек.
edw-part-title = атауы
edw-part-date = күні
edw-part-url = сілтемесі (http:// немесе https://)
edw-cancelled = Жақсы, ештеңе өзгертпеймін.
ed-history-when = { $date }, { $time } (Астана уақыты)
ed-undo-confirm = #{ $id } жиынының күшін жоясыз ба? Деректер оған дейінгі күйіне қайтады, мұны барлық оқырман көреді.
ed-btn-undo-yes = ↩️ Иә, күшін жою
ed-btn-undo-no = Жоймау
ed-undo-kept = Жарайды, #{ $id } жиыны күшінде қалады.
ed-field-amountQualifier = сома дәлдігі
ed-qualifier-exact = дәл
ed-qualifier-approx = шамамен
ed-qualifier-more_than = астам
ed-qualifier-up_to = дейін
edw-left = Түзетуді тоқтаттым, ештеңе өзгерген жоқ. Сұрағыңызға жауап берейін; түзетуге оралу — /edit.
edw-town-again = Түзетуге болатын қалалардың ішінен мұндайын таппадым. Қаланың атын жазыңыз, мысалы «Балқаш», — немесе «{ btn-cancel }» басыңыз.
