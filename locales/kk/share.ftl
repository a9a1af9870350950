# Инлайн режим, сілтемелер және «Бөлісу» (қазақша)

btn-share = ↗ Бөлісу
btn-open-bot = Ботта ашу

inline-title-main = { $town } — қала карточкасы
inline-title-funding = { $town } — қаржыландыру және тапшылық
inline-title-progress = { $town } — жоспардың орындалуы
inline-title-sources = { $town } — дереккөздер
inline-title-about = { $town } — қала туралы
inline-title-overview = Моноқалалар: ел бойынша жалпы көрініс
inline-title-tiers = Моноқалалардың үш тобы
inline-title-tier = Топ: { $tier }
inline-title-compare = Салыстыру: { $towns }
inline-nothing = Ештеңе табылмады — ботты ашу

# Графиктер
chart-funding-title = 10 моноқаланың 2023–2025 жылдарға арналған жоспарлары: жоспарланғаны және бөлінгені
chart-funding-town-title = { $town }: жоспарланғаны және бөлінгені
chart-unknown-note = Пунктир жақтау — сан белгісіз (нөл емес).
chart-projects-title = Хабарланған жобалар: орындалғаны, аяқталмағаны, мәртебесі белгісіз
chart-projects-subtitle = Қалалар: { $towns }, жобалар: { $total } — орындалғаны { $done }, аяқталмағаны { $unfinished }, { $unknown } жобаның мәртебесі белгісіз. Бұл іс-шаралардың ресми тізбесі емес.
chart-projects-row = { $total } жобаның { $done ->
    [0] ешқайсысы орындалмаған
   *[other] { $doneOf } орындалды
  }
chart-projects-line = { $town } { $done }/{ $unfinished }/{ $unknown }
chart-projects-legend = Қалалар бойынша (орындалғаны/аяқталмағаны/мәртебесі белгісіз):
chart-done = Орындалды
chart-unfinished = Аяқталмады
chart-status-unknown = Мәртебесі белгісіз
chart-tiers-title = Моноқалалардың үш тобы
chart-tiers-subtitle = Топтағы қалалар саны (жіктеу жобасы, өзгеруі мүмкін)
chart-source = Дереккөз: { $sources }
chart-sources = Дереккөздер: { $sources }
chart-sources-many = Дереккөздер: жобалар туралы { $count } жарияланым; әрқайсысының дереккөзі — қала карточкасындағы 📎 батырмасында
chart-no-source = Дереккөз көрсетілмеген
chart-choose = Қандай график жіберейін? Қала бойынша график: <code>/chart Балқаш</code>
chart-no-funding = { $town } қаласы бойынша менің деректерімде қаржыландыру сандары жоқ — график салуға негіз жоқ.
chart-not-found = «{ $query }» қаласын таппадым. Атауын басқаша жазыңыз немесе графикті таңдаңыз:
chart-unavailable = Бот серверінде графиктер қазір қолжетімсіз. Сол сандар дереккөздерімен — /overview бөлімінде және қала карточкаларында.
btn-chart-funding = 📊 Қаржыландыру: ел бойынша
btn-chart-projects = 📊 Қалалар бойынша жобалар
btn-chart-tiers = 📊 Топтар
btn-chart-town = 📊 График

# Санның дереккөзі (📎 батырмасы)
btn-source = 📎 { $name }
source-heading = <b>Дереккөз</b>
source-publisher = Жариялаушы: { $publisher }
source-title-line = Тақырыбы: «{ $title }»
source-date = Күні: { $date }
source-link = Сілтеме: { $link }
source-about = Дереккөз туралы: { $text }
source-discrepancies = Басқа дереккөздер басқаша айтады:
source-no-discrepancy = Деректер жинағында бұл дереккөздің басқалармен алшақтығы жоқ.
source-preferred = Бот көрсететін сан: { $text }
source-both-kept = Бот екі санды да сақтайды: дереккөздер әртүрлі нәрсені айтады немесе алшақтық шешілмеген.
source-explanation = Неге әртүрлі: { $text }
source-other-sources = Алшақтықтың дереккөздері: { $sources }

# CSV
btn-csv = ⬇ CSV
csv-caption = Жолдар: { $rows }. Бос ұяшық — сан белгісіз (нөл емес). Әр санның дереккөзі көрші бағанда.
csv-nothing = Алдымен тізімді не салыстыруды ашыңыз — мысалы, /tiers, бір топты немесе «Балқаш пен Степногорскіні салыстыр», — содан кейін /csv оның жолдарын жібереді.
csv-town = Қала
csv-region = Облыс
csv-status = Мәртебесі
csv-tier = Тобы
csv-population = Халқы
csv-population-source = Халқы: дереккөз
csv-projects = Хабарланған жобалар
csv-projects-done = Орындалғаны
csv-projects-unfinished = Аяқталмағаны
csv-projects-status-unknown = Мәртебесі белгісіз
csv-plan = Жоспар
csv-planned = Жоспарланғаны, млрд ₸
csv-allocated = Бөлінгені, млрд ₸
csv-shortfall = Қаржы тапшылығы, млрд ₸ (есептелген)
csv-approx = Шамамен
csv-approx-yes = иә: дереккөзде «шамамен» не «астам»
csv-funding-source = Қаржыландыру: дереккөз
csv-funding-url = Қаржыландыру: сілтеме
