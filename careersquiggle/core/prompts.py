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

REFLECTION_TAG = "reflection"


@dataclass(frozen=True)
class Prompt:
    id: str
    group: str
    text: str


GROUPS = (
    ("want", "What you want"),
    ("motivation", "Motivation"),
    ("others", "Modelling others"),
    ("team", "Team and visibility"),
)
GROUP_TITLES = dict(GROUPS)

_PROMPTS = (
    ("want", "want-destination",
     "If nobody else had a say, where would you like your work to have taken you five years from "
     "now?"),
    ("want", "want-assumptions",
     "Which part of your current plan did you pick up from others' expectations rather than choose "
     "yourself?"),
    ("want", "want-future-self",
     "How have your wishes for work changed in the last few years, and what might your future self "
     "want that you would turn down today?"),
    ("want", "want-unplanned",
     "What opportunity would you be glad to be ready for, even though you cannot plan for it?"),
    ("want", "want-narrow-goal",
     "Are you aiming at one title, employer or salary? What would it open up if you let that goal "
     "go?"),
    ("motivation", "motivation-no-money",
     "If money played no part, how would you fill your working days?"),
    ("motivation", "motivation-autonomy",
     "When did you last choose for yourself what to work on and how? What would give you more of "
     "that?"),
    ("motivation", "motivation-mastery",
     "Which skill do you want to be noticeably better at a year from now, and how will you "
     "practise it?"),
    ("motivation", "motivation-purpose",
     "Which piece of your recent work mattered to you, and why did it matter?"),
    ("motivation", "motivation-short-games",
     "Where are you chasing a short-term reward at the cost of freedom later on?"),
    ("others", "others-role-models",
     "Who is already doing the work you would like to do? Write down two names."),
    ("others", "others-their-days",
     "How do those people spend their week: meetings, building, mentoring, writing, learning?"),
    ("others", "others-their-path",
     "How did they get there? Did they grow inside one place or bring experience from elsewhere?"),
    ("others", "others-advice",
     "What would they advise you to do next, and how much of their path came from effort and how "
     "much from luck?"),
    ("others", "others-other-routes",
     "Is there another part of your organisation where the thing you want is more needed?"),
    ("team", "team-manager-knows",
     "Have you told your manager what you are aiming for? Which first step would you ask them to "
     "help with?"),
    ("team", "team-anonymous",
     "If your teammates described your work anonymously, what would they say? What might they "
     "misread?"),
    ("team", "team-trust",
     "With whom do you most need to build trust, and what small step could you take this week?"),
    ("team", "team-findable",
     "If a senior decision maker looked for your work, what would they find, and does it show you "
     "at your best?"),
    ("team", "team-pay-forward",
     "Whom could you bring along on your next piece of work so that they grow too?"),
)

PROMPTS: tuple[Prompt, ...] = tuple(Prompt(i, g, t) for g, i, t in _PROMPTS)
_BY_ID = {p.id: p for p in PROMPTS}


def get(prompt_id: str) -> Prompt:
    try:
        return _BY_ID[prompt_id]
    except (KeyError, TypeError):
        raise ValidationError(f"there is no reflection prompt called '{prompt_id}'") from None


def exists(prompt_id: str) -> bool:
    return prompt_id in _BY_ID


def in_group(group: str) -> list[Prompt]:
    return [p for p in PROMPTS if p.group == group]
