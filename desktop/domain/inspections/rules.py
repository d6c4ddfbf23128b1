"""Pure rules of the checklist: what an answer is worth, what counts as nonconform, what completion needs.

Score = Σ(points × weight) over the applicable scored items: a conform answer is worth 1 of 1, a nonconform
answer 0 of 1, a score item its score of its maximum; "not applicable" leaves the item out of both the score and
the maximum, and text items are never scored. The maximum counts answered applicable items and unanswered
items alike, so the figure shown while filling in never overstates the result.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.domain.inspections.checklists import Checklist, ChecklistItem

CONFORM = "conform"
NONCONFORM = "nonconform"
NOT_APPLICABLE = "not_applicable"
RESPONSES = (CONFORM, NONCONFORM, NOT_APPLICABLE)


@dataclass(frozen=True)
class Answer:
    """What the inspector gave for one item (any field may be empty)."""

    response: str | None = None  # conform / nonconform / not_applicable (score and text items: only n/a)
    score: Decimal | None = None
    text: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Progress:
    answered: int
    total: int
    points: Decimal
    maximum: Decimal

    @property
    def ratio(self) -> Decimal | None:
        return self.points / self.maximum if self.maximum else None


@dataclass(frozen=True)
class Problem:
    """Why an item stops the inspection from being completed."""

    item_id: str
    message: str


def validate_answer(item: ChecklistItem, response: str | None, score: Decimal | None) -> None:
    """Refuse an answer the item's response type does not allow."""
    if response is not None and response not in RESPONSES:
        raise ValidationError(translate("Inspections", "Unknown answer '{value}'.").format(value=response),
                              field=item.id)
    if item.response == "conform":
        if score is not None:
            raise ValidationError(translate("Inspections", "Item {item} is answered conform, nonconform or not "
                                                           "applicable, not with a score.").format(item=item.id),
                                  field=item.id)
        return
    if response in (CONFORM, NONCONFORM):
        raise ValidationError(translate("Inspections", "Item {item} is answered with {kind}, not conform or "
                                                       "nonconform.").format(item=item.id, kind=_kind(item)),
                              field=item.id)
    if item.response == "score" and score is not None:
        if not score.is_finite() or score != score.to_integral_value() or not 0 <= score <= item.max:
            raise ValidationError(translate("Inspections", "Item {item}: the score must be a whole number from 0 to "
                                                           "{max}.").format(item=item.id, max=item.max), field=item.id)
    elif score is not None:
        raise ValidationError(translate("Inspections", "Item {item} takes no score.").format(item=item.id),
                              field=item.id)


def _kind(item: ChecklistItem) -> str:
    if item.response == "score":
        return translate("Inspections", "a score from 0 to {max}").format(max=item.max)
    return translate("Inspections", "a text")


def is_answered(item: ChecklistItem, answer: Answer | None) -> bool:
    if answer is None:
        return False
    if answer.response == NOT_APPLICABLE:
        return True
    if item.response == "conform":
        return answer.response in (CONFORM, NONCONFORM)
    if item.response == "score":
        return answer.score is not None
    return bool((answer.text or "").strip())


def is_nonconform(item: ChecklistItem, answer: Answer | None) -> bool:
    """A nonconform answer, or a score below the item's ``nonconform_below``."""
    if answer is None or answer.response == NOT_APPLICABLE:
        return False
    if item.response == "conform":
        return answer.response == NONCONFORM
    if item.response == "score":
        return answer.score is not None and answer.score < item.nonconform_below
    return False


def item_points(item: ChecklistItem, answer: Answer | None) -> tuple[Decimal, Decimal] | None:
    """(points × weight, maximum × weight) of one item, or None when it does not count."""
    if not item.scored or (answer is not None and answer.response == NOT_APPLICABLE):
        return None
    maximum = item.max * item.weight
    if answer is None:
        return Decimal(0), maximum
    if item.response == "conform":
        return (item.weight if answer.response == CONFORM else Decimal(0)), maximum
    return (answer.score or Decimal(0)) * item.weight, maximum


def progress(checklist: Checklist, answers: Mapping[str, Answer]) -> Progress:
    """Answered / total and the score so far."""
    points = maximum = Decimal(0)
    answered = 0
    for item in checklist.items:
        answer = answers.get(item.id)
        answered += is_answered(item, answer)
        counted = item_points(item, answer)
        if counted is not None:
            points += counted[0]
            maximum += counted[1]
    return Progress(answered, len(checklist.items), points, maximum)


def completion_problems(checklist: Checklist, answers: Mapping[str, Answer], evidence_counts: Mapping[str, int],
                        findings: Iterable[tuple[str, str, object]] = ()) -> list[Problem]:
    """Everything that stops completion, item by item: unanswered required items, missing notes and evidence
    for nonconform answers, findings without a corrective action or deadline (``(item_id, action, deadline)``)."""
    problems = []
    for item in checklist.items:
        answer = answers.get(item.id)
        if item.required and not is_answered(item, answer):
            problems.append(Problem(item.id, translate("Inspections", "Item {item} is not answered yet.")
                                    .format(item=item.id)))
            continue
        if not is_nonconform(item, answer):
            continue
        if item.note_required and not ((answer.note if answer else "") or "").strip():
            problems.append(Problem(item.id, translate("Inspections", "Item {item} is nonconform: write a note "
                                                                      "saying what was found.").format(item=item.id)))
        if item.evidence_required and not evidence_counts.get(item.id):
            problems.append(Problem(item.id, translate("Inspections", "Item {item} is nonconform: attach evidence "
                                                                      "(a photo or a document).").format(item=item.id)))
    for item_id, action, deadline in findings:
        if not str(action or "").strip() or deadline is None:
            problems.append(Problem(item_id, translate("Inspections", "The finding on item {item} needs the "
                                                                      "corrective action requested and a deadline.")
                                    .format(item=item_id)))
    return problems
