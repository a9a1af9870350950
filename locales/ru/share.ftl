# Инлайн-режим, ссылки и «Поделиться» (русский)

btn-share = ↗ Поделиться
btn-open-bot = Открыть в боте

inline-title-main = { $town } — карточка города
inline-title-funding = { $town } — финансирование и недофинансирование
inline-title-progress = { $town } — ход плана
inline-title-sources = { $town } — источники
inline-title-about = { $town } — о городе
inline-title-overview = Моногорода: общая картина по стране
inline-title-tiers = Три группы моногородов
inline-title-tier = Группа: { $tier }
inline-title-compare = Сравнение: { $towns }
inline-nothing = Ничего не нашлось — открыть бота
