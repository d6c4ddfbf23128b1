"""The committee reads each applicant's inspection summary on the Committee page, round by round."""


def test_completed_round_lists_its_signed_inspections(committee_page, dialogs):
    page = committee_page("secretariat", "completed")
    page.tabs.setCurrentIndex(page.INSPECTIONS_TAB)
    rows = page.inspections_tab.summary.table.records()
    assert len(rows) == 11  # the ineligible applicant was never inspected
    assert all(r.application_number.startswith(page.round_code()) for r in rows)
    assert all(r.status.value == "signed" for r in rows)
    assert page.tabs.tabText(page.INSPECTIONS_TAB) == "Inspections (11)"
    assert dialogs.errors == []


def test_excluded_member_does_not_see_that_applicants_inspection(committee_page):
    page = committee_page("member-e", "completed")  # 장도현, excluded from …-005
    page.tabs.setCurrentIndex(page.INSPECTIONS_TAB)
    numbers = {r.application_number for r in page.inspections_tab.summary.table.records()}
    assert f"{page.round_code()}-005" not in numbers
    assert len(numbers) == 10
