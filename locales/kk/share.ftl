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
