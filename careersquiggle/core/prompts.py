"""Reflection prompts for a career crossroads, grouped by what they help you see.

Written for this app after the ideas in the essay that started it: know what
you want before planning how; weigh autonomy, mastery and purpose, not pay
alone; learn from people who are where you want to be; progress is a team
effort that others must be able to see. The ids are stored with answers, so
they never change once released; the wording may be polished.
"""

from __future__ import annotations

from dataclasses import dataclass

from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, fill, translate

REFLECTION_TAG = "reflection"


@dataclass(frozen=True)
class Prompt:
    id: str
    group: str
    text: str  # as written (English); ``shown`` is the reader's language

    @property
    def shown(self) -> str:
        return translate("Prompts", self.text)


GROUPS = (  # titles translated where shown: translate("Prompts", title)
    ("want", QT_TRANSLATE_NOOP("Prompts", "What you want")),
    ("motivation", QT_TRANSLATE_NOOP("Prompts", "Motivation")),
    ("others", QT_TRANSLATE_NOOP("Prompts", "Modelling others")),
    ("team", QT_TRANSLATE_NOOP("Prompts", "Team and visibility")),
)
GROUP_TITLES = dict(GROUPS)

_PROMPTS = (  # texts translated where shown: Prompt.shown
    ("want", "want-destination", QT_TRANSLATE_NOOP(
        "Prompts", "If nobody else had a say, where would you like your work to have taken"
        " you five years from now?")),
    ("want", "want-assumptions", QT_TRANSLATE_NOOP(
        "Prompts", "Which part of your current plan did you pick up from others' "
        "expectations rather than choose yourself?")),
    ("want", "want-future-self", QT_TRANSLATE_NOOP(
        "Prompts", "How have your wishes for work changed in the last few years, and what "
        "might your future self want that you would turn down today?")),
    ("want", "want-unplanned", QT_TRANSLATE_NOOP(
        "Prompts", "What opportunity would you be glad to be ready for, even though you "
        "cannot plan for it?")),
    ("want", "want-narrow-goal", QT_TRANSLATE_NOOP(
        "Prompts", "Are you aiming at one title, employer or salary? What would it open up"
        " if you let that goal go?")),
    ("motivation", "motivation-no-money", QT_TRANSLATE_NOOP(
        "Prompts", "If money played no part, how would you fill your working days?")),
    ("motivation", "motivation-autonomy", QT_TRANSLATE_NOOP(
        "Prompts", "When did you last choose for yourself what to work on and how? What "
        "would give you more of that?")),
    ("motivation", "motivation-mastery", QT_TRANSLATE_NOOP(
        "Prompts", "Which skill do you want to be noticeably better at a year from now, "
        "and how will you practise it?")),
    ("motivation", "motivation-purpose", QT_TRANSLATE_NOOP(
        "Prompts", "Which piece of your recent work mattered to you, and why did it "
        "matter?")),
    ("motivation", "motivation-short-games", QT_TRANSLATE_NOOP(
        "Prompts", "Where are you chasing a short-term reward at the cost of freedom later"
        " on?")),
    ("others", "others-role-models", QT_TRANSLATE_NOOP(
        "Prompts", "Who is already doing the work you would like to do? Write down two "
        "names.")),
    ("others", "others-their-days", QT_TRANSLATE_NOOP(
        "Prompts", "How do those people spend their week: meetings, building, mentoring, "
        "writing, learning?")),
    ("others", "others-their-path", QT_TRANSLATE_NOOP(
        "Prompts", "How did they get there? Did they grow inside one place or bring "
        "experience from elsewhere?")),
    ("others", "others-advice", QT_TRANSLATE_NOOP(
        "Prompts", "What would they advise you to do next, and how much of their path came"
        " from effort and how much from luck?")),
    ("others", "others-other-routes", QT_TRANSLATE_NOOP(
        "Prompts", "Is there another part of your organisation where the thing you want is"
        " more needed?")),
    ("team", "team-manager-knows", QT_TRANSLATE_NOOP(
        "Prompts", "Have you told your manager what you are aiming for? Which first step "
        "would you ask them to help with?")),
    ("team", "team-anonymous", QT_TRANSLATE_NOOP(
        "Prompts", "If your teammates described your work anonymously, what would they "
        "say? What might they misread?")),
    ("team", "team-trust", QT_TRANSLATE_NOOP(
        "Prompts", "With whom do you most need to build trust, and what small step could "
        "you take this week?")),
    ("team", "team-findable", QT_TRANSLATE_NOOP(
        "Prompts", "If a senior decision maker looked for your work, what would they find,"
        " and does it show you at your best?")),
    ("team", "team-pay-forward", QT_TRANSLATE_NOOP(
        "Prompts", "Whom could you bring along on your next piece of work so that they "
        "grow too?")),
)

PROMPTS: tuple[Prompt, ...] = tuple(Prompt(i, g, t) for g, i, t in _PROMPTS)
_BY_ID = {p.id: p for p in PROMPTS}


def get(prompt_id: str) -> Prompt:
    try:
        return _BY_ID[prompt_id]
    except (KeyError, TypeError):
        raise ValidationError(fill(translate(
            "Prompts", "there is no reflection prompt called '%1'"), prompt_id)) from None


def exists(prompt_id: str) -> bool:
    return prompt_id in _BY_ID


def in_group(group: str) -> list[Prompt]:
    return [p for p in PROMPTS if p.group == group]
