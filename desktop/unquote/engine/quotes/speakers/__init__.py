"""Who said each quotation and with which verb: names and their clusters, the subjects of
reporting verbs, pronouns, descriptions, and the reporting-verb lexicon."""
