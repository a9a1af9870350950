# Қала карточкасы (қазақша)

unknown = белгісіз
computed = есептелген: { $formula }
source-inline = { $source }
as-of = { $date } жағдай бойынша
note = Ескертпе: { $text }

status-monotown = Моноқала
status-former = Бұрынғы моноқала — тізімнен шығарылған
status-reference = Моноқалалар тізімінен шықты; басқа қалаларға үлгі
left-basis = Негізі: { $basis }
left-reason = Себебі: { $reason }
left-unknown = Қашан және қандай негізде — дереккөзде айтылмаған
left-reported = Тізімнен шығарылғаны туралы хабар:

field-region = Облыс
field-population = Халқы
population-scope-city = қаланың өзі
population-scope-city_administration = қала бағынысты елді мекендерімен бірге
field-enterprise = Қала құраушы кәсіпорын
field-enterprise-unknown = дереккөздерде аталмаған
field-tier = Тобы
field-tier-none = берілмейді: қала моноқалалар тізімінде жоқ
field-former-names = Бұрынғы атаулары
field-other-names = Басқа жазылуы
field-industrial-zone = Саран үлгісімен индустриялық аймақ: пысықтау тапсырылған
people = адам

section-progress = Жоспардың орындалуы
section-funding = Қаржыландыру
section-sources = Дереккөздер
section-about = Қала туралы

progress-projects = Билік пен баспасөз хабарлаған жобалар: { $total } — орындалғаны { $done }, аяқталмағаны { $unfinished }{ $unknown ->
    [0] {""}
   *[other] , { $unknown } жобаның мәртебесі белгісіз
}.
progress-projects-none = Менің деректерімде қаланың жобалары туралы хабар жоқ.
progress-projects-caveat = Бұл жоспар іс-шараларының ресми тізімі емес, табылған хабарлар ғана.
progress-plan-counts = Жоспар туралы деректер:
progress-p25-unknown = 2023–2025 жылдардағы жоспар: қала бойынша жеке цифрлар жоқ — тек 10 қаланың қорытындысы жарияланған (/overview).
progress-not-in-p25 = Қала 2023–2025 жылдарға жоспары бар 10 қаланың қатарына кірмейді.
progress-more = …тағы { $count }. Толық тізім — «{ section-progress }» батырмасы.
# Counts of a whole in Kazakh grammar: «7 жобаның 2-еуі орындалды» ($doneOf, $unfinishedOf come formed from the code).
progress-short = Жоспардың орындалуы: белгілі { $total } жобаның { $done ->
    [0] ешқайсысы орындалмаған
   *[other] { $doneOf } орындалды
  }{ $unfinished ->
    [0] {""}
   *[other] , { $unfinishedOf } аяқталмаған
  }{ $unknown ->
    [0] {""}
   *[other] , { $unknown } жобаның мәртебесі белгісіз
  }.

measures-total = Жоспардағы іс-шаралар
measures-done = Орындалған іс-шаралар
measures-unfinished = Орындалмаған іс-шаралар
project-amount = Сомасы
project-deadline = Мерзімі
project-deadline-moved = { $from } мерзімінен ауыстырылған
project-done-on = Орындалды: { $date }

funding-planned = Жоспарланған
funding-allocated = Бөлінген
funding-shortfall = Қаржы тапшылығы
funding-shortfall-unknown = Қаржы тапшылығы: белгісіз — бұл жоспар бойынша бөлінген сома жоқ.
funding-none = Менің деректерімде қаланы қаржыландыру туралы цифрлар жоқ.
funding-other = Дереккөздердегі басқа сомалар:
funding-other-only = Менің деректерімде жоспар сомалары жоқ; дереккөздердегі { $count } сома — «{ section-funding }» бөлімінде.
funding-short-unknown = Қаржыландыру: жоспарланғаны { $planned }, бөлінгені { $allocated }.
funding-short = Қаржы тапшылығы: { $shortfall }.
funding-short-of-plan = Қаржы тапшылығы ({ $plan }): { $shortfall }.
funding-short-unknown-of-plan = Қаржыландыру ({ $plan }): жоспарланғаны { $planned }, бөлінгені { $allocated }.

sources-title = Карточканың дереккөздері
source-grade = бағасы: { $grade }
source-no-date = күні көрсетілмеген
source-no-url = сілтеме жоқ

status-done = орындалды
status-in_progress = жүріп жатыр
status-planned = жоспарланған
status-delayed = мерзімі ауыстырылды
status-not_started = басталмаған
status-instructed = тапсырылды
status-unknown = мәртебесі белгісіз
status-proposed = ұсынылған
status-to_be_studied = пысықталады
status-under_consideration = қаралуда

btn-card = Карточка
btn-progress = Орындалуы
btn-funding = Қаржыландыру
btn-sources = Дереккөздер
btn-about = Қала туралы
btn-tiers = Барлық топтар
btn-overview = Ел бойынша
