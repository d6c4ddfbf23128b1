"""A committee form shows a refusal at its fields; a defect goes to the crash path, never into the form's banner."""

from desktop.core.errors import ValidationError


class RecordingForm:
    def __init__(self) -> None:
        self.shown: list[BaseException] = []

    def show_error(self, error: BaseException) -> None:
        self.shown.append(error)


def test_a_defect_in_a_form_action_is_not_shown_as_the_forms_message(committee_page, dialogs) -> None:
    tab = committee_page("secretariat").members_tab

    def defect(session, actor):
        raise AttributeError("'NoneType' object has no attribute 'seat'")

    def refusal(session, actor):
        raise ValidationError("The seat is taken.", field="seat")

    form = RecordingForm()
    assert tab.act(defect, form=form) is None
    assert form.shown == [] and [name for name, _ in dialogs.calls] == ["show_error"]
    assert dialogs.errors == ["unexpected: AttributeError(\"'NoneType' object has no attribute 'seat'\")"]
    assert tab.act(refusal, form=form) is None
    assert [e.message for e in form.shown] == ["The seat is taken."] and len(dialogs.calls) == 1
