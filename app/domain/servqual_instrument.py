"""The 22-item SERVQUAL instrument, worded for a restaurant (revised, positively worded form).

Each statement is asked twice on a 7-point scale (1 = strongly disagree, 7 = strongly agree):
as an expectation of an excellent restaurant (E) and as a perception of this one (P). Manager
forms answer the E side as they believe guests would (gap 1). English is the source text;
the Chinese comes through the translation catalogue (context "servqual")."""

from __future__ import annotations

from app.domain.errors import QT_TRANSLATE_NOOP
from app.domain.servqual import DIMENSION_ITEMS, DIMENSIONS, ITEM_DIMENSION

DIMENSION_LABELS = {
    "tangibles": QT_TRANSLATE_NOOP("servqual", "Tangibles"),
    "reliability": QT_TRANSLATE_NOOP("servqual", "Reliability"),
    "responsiveness": QT_TRANSLATE_NOOP("servqual", "Responsiveness"),
    "assurance": QT_TRANSLATE_NOOP("servqual", "Assurance"),
    "empathy": QT_TRANSLATE_NOOP("servqual", "Empathy"),
}

ITEM_TEXTS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("servqual", "The restaurant has modern, well-kept equipment and "
                                     "tableware."),
    2: QT_TRANSLATE_NOOP("servqual", "The dining rooms are visually appealing."),
    3: QT_TRANSLATE_NOOP("servqual", "Staff are neat and tidy in appearance."),
    4: QT_TRANSLATE_NOOP("servqual", "Menus, signs and other materials are attractive and "
                                     "clear."),
    5: QT_TRANSLATE_NOOP("servqual", "When the restaurant promises to do something by a "
                                     "certain time, it does so."),
    6: QT_TRANSLATE_NOOP("servqual", "When a guest has a problem, staff show a sincere "
                                     "interest in solving it."),
    7: QT_TRANSLATE_NOOP("servqual", "The service is right the first time."),
    8: QT_TRANSLATE_NOOP("servqual", "Dishes and services come at the time promised."),
    9: QT_TRANSLATE_NOOP("servqual", "Orders and bills are free of errors."),
    10: QT_TRANSLATE_NOOP("servqual", "Staff tell guests exactly when things will be done."),
    11: QT_TRANSLATE_NOOP("servqual", "Staff give prompt service."),
    12: QT_TRANSLATE_NOOP("servqual", "Staff are always willing to help."),
    13: QT_TRANSLATE_NOOP("servqual", "Staff are never too busy to respond to a request."),
    14: QT_TRANSLATE_NOOP("servqual", "The behaviour of staff instils confidence."),
    15: QT_TRANSLATE_NOOP("servqual", "Guests feel safe with the food and when paying."),
    16: QT_TRANSLATE_NOOP("servqual", "Staff are consistently courteous."),
    17: QT_TRANSLATE_NOOP("servqual", "Staff know enough to answer questions about dishes and "
                                      "ingredients."),
    18: QT_TRANSLATE_NOOP("servqual", "The restaurant gives each guest individual attention."),
    19: QT_TRANSLATE_NOOP("servqual", "Opening hours suit all its guests."),
    20: QT_TRANSLATE_NOOP("servqual", "Staff give guests personal care."),
    21: QT_TRANSLATE_NOOP("servqual", "The restaurant has its guests' best interests at heart."),
    22: QT_TRANSLATE_NOOP("servqual", "Staff understand the specific needs of their guests."),
}

SCALE_HINT = QT_TRANSLATE_NOOP("servqual", "1 = strongly disagree … 7 = strongly agree")
E_PROMPT = QT_TRANSLATE_NOOP("servqual", "An excellent restaurant …")
P_PROMPT = QT_TRANSLATE_NOOP("servqual", "This restaurant …")
MANAGER_PROMPT = QT_TRANSLATE_NOOP("servqual", "Answer as you believe our guests expect")

assert set(ITEM_TEXTS) == set(ITEM_DIMENSION)
assert set(DIMENSION_LABELS) == set(DIMENSIONS) == set(DIMENSION_ITEMS)
