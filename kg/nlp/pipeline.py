"""Assemble the NLP pipeline.

``spacy.blank("en")`` with the rule components, or an installed trained
pipeline (``--model en_core_web_sm``) whose NER and parse run first and feed
the same components. Component order is the data flow::

    tokenizer -> kg_possessives -> kg_sentences -> [model: tagger, parser, ner]
      -> kg_gazetteer -> kg_names -> kg_entities -> kg_coref -> kg_merge
      -> kg_dateline -> kg_relations -> kg_dep_relations (with a parse)
"""

from __future__ import annotations

import spacy
from spacy.language import Language

# Importing the modules registers their components with spaCy.
import kg.nlp.coref  # noqa: F401
import kg.nlp.dateline  # noqa: F401
import kg.nlp.dep_rules  # noqa: F401
import kg.nlp.entities  # noqa: F401
import kg.nlp.gazetteer_ruler  # noqa: F401
import kg.nlp.name_passes  # noqa: F401
import kg.nlp.relation_matcher  # noqa: F401
from kg.errors import KGError
from kg.nlp.text import configure_tokenizer

RULE_COMPONENTS = ("kg_gazetteer", "kg_names", "kg_entities", "kg_coref", "kg_merge", "kg_dateline", "kg_relations",
                   "kg_dep_relations")


def build_pipeline(model: str | None = None) -> Language:
    """The newskg pipeline: blank English + rules, or the trained pipeline ``model`` + rules.

    Raises :class:`KGError` when ``model`` is not an installed spaCy pipeline.
    """
    if model:
        try:
            nlp = spacy.load(model, exclude=["lemmatizer"])
        except OSError as exc:
            raise KGError(f"spaCy model {model!r} is not installed ({exc}); run without --model to use the rule pipeline") from exc
    else:
        nlp = spacy.blank("en")
    configure_tokenizer(nlp)
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    nlp.add_pipe("kg_possessives", first=True) if first else nlp.add_pipe("kg_possessives")
    nlp.add_pipe("kg_sentences", after="kg_possessives")
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    return nlp
