# «Шамамен», «дейін», «астам» белгілері бар сандардың қосындысы мен айырмасы: тек анығы.
qty-approx = шамамен { $value }
qty-more-than = { $value }{ $abl } астам
qty-at-least = кемінде { $value }
qty-up-to = { $value }{ $dat } дейін
qty-less-than = { $value }{ $abl } кем
qty-range = { $from }{ $fromAbl } { $to }{ $toDat } дейін
qty-roughly = шамамен { $text }
