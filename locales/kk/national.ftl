# Топтар және жалпы көрініс (қазақша)

tiers-title = <b>Моноқалалар топтары</b> (Ұлттық экономика министрлігінің жіктеу жобасы)
tiers-pick = Қалаларын көру үшін топты таңдаңыз.
tier-towns = { $count } қала
tier-title = <b>{ $tier }</b>
tier-kk-unofficial = Топтың қазақша атауы — біздің аудармамыз: ресми атауы табылған жоқ.
tier-pick-town = Қала карточкасын ашыңыз:
tier-draft = Жіктеу қаулы жобасында ұсынылған және өзгеруі мүмкін.

overview-title = <b>Қазақстан моноқалалары: жалпы көрініс</b>
overview-count = Моноқалалар: { $value }
overview-population = Халқы: { $value }
overview-p25-title = <b>10 моноқаланың 2023–2025 жылдарға арналған даму жоспарлары</b>
overview-p25-towns = Қалалар: { $towns }
overview-p25-removed = Олардың ішінен тізімнен шығарылғандар: { $towns }
overview-measures = Іс-шаралар: { $value }
overview-unfinished = Орындалмағаны: { $value }
overview-done-unknown = Толық орындалғаны қанша — жарияланбаған: «100 іс-шара орындалмады» қалғаны орындалды дегенді білдірмейді.
overview-planned = Жоспарланғаны: { $value }
overview-allocated = Бөлінгені: { $value }
overview-shortfall = Бөлінбегені: { $value }
overview-allocated-share = Бөлінген үлес: { $value }
overview-unfinished-share = Орындалмаған іс-шаралар үлесі: { $value }
overview-p27-title = <b>2023–2027 жылдарға арналған кешенді жоспарлар</b>
overview-list-title = <b>Тізімнің өзгеруі</b>
overview-list-change = { $before } болды ({ $beforeDate }), { $after } болды ({ $afterDate }).
overview-list-removed = Тізімнен шыққандар: { $towns }
overview-list-added = Тізімге қосылған қалалар туралы менің деректерімде мәлімет жоқ.
overview-tiers = Топтар: { $tiers }
