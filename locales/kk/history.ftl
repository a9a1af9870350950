# Қала карточкасының «Тарихы» бөлімі (қазақша)

section-history = Тарихы
btn-history = 📜 Тарихы
inline-title-history = { $town } — тарихы

history-date-unknown = күні көрсетілмеген
history-approved-unknown = бекітілген күні көрсетілмеген
history-in-list = қала моноқалалар тізбесінде; оған қашан енгені деректерде айтылмаған.
history-list-count = Тізбедегі қалалар саны
history-left-list = қала моноқалалар тізбесінен шығарылды
history-left-window = Тізбеде бұрын және кейін қанша қала болды:
history-tier = моноқалаларды жіктеу жобасында қала «{ $tier }» тобына жатқызылған
history-no-tier = қала моноқалаларды үш топқа жіктеу жобасына енбеген: ол тізбеде жоқ
history-classification-draft = Бұл — жоба: оны бекіту туралы қаулы табылған дереккөздерде жоқ.
history-classification-adopted = Жіктеу бекітілген.
history-draft-dated = Жоба енгізілген уақыт: { $date }
history-region = облысы ауысты: бұрын — { $from }, қазір — { $to }
history-plan = «{ $plan }» бекітілді
history-plan-one-of = «{ $plan }» бұл қаланы да қамтиды
history-plans-approved = Он қаланың барлық жоспары бекітілген уақыт: { $text }

history-edits = Редакторлардың түзетулері: { $count }. Соңғылары:
history-edits-none = Редакторлар бұл қаланың деректерін өзгертпеген.
history-edits-more = …тағы { $count } ертерек түзету
history-edit-added = қосылды: { $record }
history-edit-removed = жойылды: { $record }
history-edit-no-source = дереккөзі көрсетілмеген
