"""Stage 2: the spaCy pipeline (a blank English pipeline plus rule components).

:func:`build_pipeline` is the one place the pipeline is assembled, in the way
spaCy's own ``span_ruler`` and ``merge_entities`` are added to a pipeline.
"""

from kg.nlp.pipeline import build_pipeline

__all__ = ["build_pipeline"]
