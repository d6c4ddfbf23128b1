"""``README.txt`` of a case dossier, in Korean and English: what it holds, how to verify it, what that proves."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadmeFacts:
    application: str
    institution: str
    made_on: str
    signer: str
    documents: int
    attachments: int
    events: int
    withheld: int
    through_sequence: int
    through_hash: str
    member_names_hidden: bool
    not_issued: int


def readme_text(facts: ReadmeFacts) -> str:
    """The README: the same content in Korean, then in English (plain text, UTF-8)."""
    names_ko = ("이 회차는 위원을 이름 대신 좌석(위원 A, B …)으로 표시합니다. 위원의 이름이 드러나는 감사기록 "
                f"{facts.withheld}건은 번호·시각·행위·해시만 싣고 내용은 싣지 않았습니다."
                if facts.member_names_hidden else
                f"이 회차는 위원의 이름을 표시합니다. 내용을 싣지 않은 감사기록: {facts.withheld}건.")
    names_en = ("This round shows committee members as seats (Member A, B, …), not by name. The "
                f"{facts.withheld} audit event(s) that would name a member are listed by number, time, action and "
                "hashes only, without their content."
                if facts.member_names_hidden else
                f"This round shows committee members by name. Audit events listed without content: {facts.withheld}.")
    missing_ko = (f"\n발급 기록은 있으나 파일로 발급된 적이 없는 문서 {facts.not_issued}건은 data/dossier.json의 "
                  "documents_not_issued에 적었습니다." if facts.not_issued else "")
    missing_en = (f"\n{facts.not_issued} document(s) of issued records were never issued as a file; "
                  "data/dossier.json lists them under documents_not_issued." if facts.not_issued else "")
    return f"""사건 기록철 — 신청 {facts.application} ({facts.institution})
=====================================================================

작성일 {facts.made_on}, 서명 {facts.signer}.

들어 있는 것
- documents/     발급된 공문서(서명된 PDF) {facts.documents}건: 저장된 그대로의 바이트
- attachments/   신청 첨부파일과 현장실사 증빙 {facts.attachments}건
- data/dossier.json   신청·기관·인력·서류심사·보완·현장실사(답변·지적사항)·이해충돌·심사표·
                      결과(방법과 입력)·결정과 그 이력·등록부 (값은 전체 JSON 내보내기와 같은 형식)
- audit/events.json   이 신청의 감사기록 {facts.events}건과 각 기록을 확인하는 데 필요한 내용
- MANIFEST.json  모든 파일의 크기와 SHA-256
- MANIFEST.p7s   MANIFEST.json에 대한 기관의 전자서명(CMS, 분리 서명)
- SIGNER.pem     서명한 인증서와 그 체인
{names_ko}
회차와 위원회 회의 자체의 감사기록(모든 신청에 관한 것)은 싣지 않았습니다. 회의록은 documents/에 있습니다.{missing_ko}

확인하는 방법
    designation-review verify 이 파일.zip
서명, 목록에 있는 모든 파일의 SHA-256, 모든 PDF의 서명, 모든 감사기록의 해시를 확인하고, 없어진 파일·더해진
파일·바뀐 파일을 하나하나 이름으로 알려 줍니다. 모두 맞을 때만 종료 코드 0입니다. 이 프로그램 없이도:
    openssl cms -verify -binary -inform DER -in MANIFEST.p7s -content MANIFEST.json -CAfile 신뢰하는-루트.pem
    sha256sum 으로 각 파일을 MANIFEST.json과 비교

무엇이 증명되는가
- 서명이 맞으면 MANIFEST.json은 기관이 작성한 그대로이고, 각 파일의 SHA-256이 목록과 같으면 그 파일도 그렇습니다.
- 감사기록: 각 기록의 hash는 canonical_content의 SHA-256이고, canonical_content는 그 기록의 모든 필드와 앞
  기록의 hash를 담습니다(형식은 audit/events.json의 how_to_check). 번호가 이어지는 두 기록은 서로 이어져
  있음을 직접 확인할 수 있습니다. 그 사이에 있는 다른 신청의 기록은 내용도 해시도 싣지 않았습니다(내용 없이
  해시만으로는 아무것도 증명하지 못하기 때문입니다). 기록철을 만들 때 감사기록 전체를 첫 기록부터
  #{facts.through_sequence}({facts.through_hash[:16]}…)까지 검증했습니다. 서명된 각 문서는 발급 당시의 마지막
  기록(audit_head)을 봉인하고 있어, 기관의 데이터베이스에서 audit verify가 감사기록 전체와 대조합니다. 그 기록이
  여기에 실려 있으면 verify가 여기서도 대조합니다.
- 같은 사람이 같은 기록으로 같은 날 다시 만들면 바이트까지 같은 파일이 됩니다. 기록철을 만든 일은 감사기록에 남지만
  기록철에는 싣지 않습니다.

=====================================================================

Case dossier — application {facts.application} ({facts.institution})

Made on {facts.made_on}, signed by {facts.signer}.

What it holds
- documents/     the {facts.documents} issued documents (signed PDFs), exactly as stored
- attachments/   the {facts.attachments} files attached to the application and the inspection evidence
- data/dossier.json   the application, institution, staff, screening, supplements, inspections (answers and
                      findings), conflicts, score sheets, results (method and inputs), decisions with their history,
                      registry (values encoded as in the full JSON export)
- audit/events.json   the application's {facts.events} audit events, with what is needed to check each one
- MANIFEST.json  every file with its size and SHA-256
- MANIFEST.p7s   the authority's signature of MANIFEST.json (CMS, detached)
- SIGNER.pem     the signing certificate and its chain
{names_en}
The round's and the committee meetings' own audit events, which concern every applicant, are not listed; the
minutes are in documents/.{missing_en}

How to verify it
    designation-review verify THIS-FILE.zip
checks the signature, the SHA-256 of every listed file, the signature of every PDF and the hash of every audit
event, and names every file that is missing, added or changed; exit status 0 only if everything holds. Without
this program:
    openssl cms -verify -binary -inform DER -in MANIFEST.p7s -content MANIFEST.json -CAfile TRUSTED-ROOT.pem
    and sha256sum of each file against MANIFEST.json

What that proves
- A valid signature: MANIFEST.json is as the authority made it; a file whose SHA-256 matches it is too.
- Audit events: each event's hash is the SHA-256 of its canonical_content, which holds every field of the event and
  the hash of the event before it (the format is in audit/events.json, how_to_check); two events with consecutive
  numbers are seen to be linked. Events of other applications between them are not included, neither their
  content nor their hashes (hashes without content would prove nothing). When the dossier was made the whole
  trail was verified from its first event through #{facts.through_sequence} ({facts.through_hash[:16]}…). Each
  signed document seals the last event of the moment it was issued (audit_head), which `audit verify` checks
  against the whole trail in the authority's database; where that event is listed here, `verify` checks it too.
- Made again by the same person from the same records on the same day, the dossier is the same file, byte for
  byte. Making a dossier
  is recorded in the audit trail, but not listed in dossiers.
"""
