"""arabic_figures: the figures in Arabic text as structured, checkable claims.

>>> import arabic_figures as af
>>> af.parse_number("مليون ونصف")
1500000
>>> [(c.category, c.value, c.qualifier) for c in af.extract("قتل ما لا يقل عن 30 شخصاً")]
[('killed', 30, 'at_least')]
"""

from .claims import extract, iter_claims
from .frame import extract_frame, to_frame
from .model import Claim, Number, Trigger
from .numbers import find_numbers, iter_numbers, parse_number

__all__ = [
    "Claim", "Number", "Trigger",
    "extract", "extract_frame", "find_numbers", "iter_claims", "iter_numbers",
    "parse_number", "to_frame",
]
__version__ = "0.1.0"
