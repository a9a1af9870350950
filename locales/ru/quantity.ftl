# Totals and differences of figures with «около», «до», «более»: only what is certain.
qty-approx = около { $value }
qty-more-than = более { $value }
qty-at-least = не менее { $value }
qty-up-to = до { $value }
qty-less-than = менее { $value }
qty-range = от { $from } до { $to }
qty-roughly = примерно { $text }
