"""Which orientation-map factors the demo's examples are tagged with (docs/tools-for-change.md):
a judgement made for the demo from the examples' own descriptions, by slug."""

EXAMPLE_FACTORS = {
    "fritidsbanken": ["aktorer-och-samverkan", "stod-och-resurser"],
    "matmissionen": ["stod-och-resurser", "samhallsstrukturer"],
    "yallatrappan": ["aktorer-och-samverkan", "samhallsstrukturer"],
    "just-arrived": ["samhallsstrukturer"],
    "handiscover": ["samhallsstrukturer"],
    "skjutsgruppen": ["aktorer-och-samverkan", "kultur-och-varderingar"],
    "odlingsnatverket-i-seved": ["aktorer-och-samverkan"],
    "svenska-med-baby": ["kultur-och-varderingar"],
    "rude-food": ["stod-och-resurser"],
    "koalitionsmodellen": ["aktorer-och-samverkan"],
    "kompetenscenter-for-social-innovation-i-esf": ["stod-och-resurser", "samhallsstrukturer"],
    "social-impact-lab": ["stod-och-resurser"],
    "unic-centre-for-city-futures": ["aktorer-och-samverkan"],
    "byn-som-kopte-sin-butik-exempel": ["aktorer-och-samverkan", "stod-och-resurser"],
    "trygghetsvandringar-med-unga-exempel": ["kultur-och-varderingar"],
    "samordnat-stod-till-unga-exempel": ["samhallsstrukturer", "aktorer-och-samverkan"],
}
