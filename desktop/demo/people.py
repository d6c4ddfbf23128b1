"""Fictional institutions, people and identifiers for the demo (deterministic)."""

import random
from dataclasses import dataclass

from desktop.core.identifiers import brn_check_digit, crn_check_digit
from desktop.domain.institutions.models import InstitutionKind, Sector

SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = ["민준", "서연", "도윤", "지우", "하준", "서윤", "지호", "하은", "준서", "수아", "예준", "지민", "현우",
         "채원", "건우", "다은", "우진", "소율", "선우", "예린", "유준", "지아", "정우", "윤서", "승현", "은지"]


@dataclass(frozen=True)
class DemoInstitution:
    name: str
    name_en: str
    sector: Sector
    kind: InstitutionKind
    type_code: str  # BRN digits 4–5
    city: str


K = InstitutionKind
INSTITUTIONS_COMPLETED = (
    DemoInstitution("한국기술가치연구원", "Korea Institute of Technology Value", Sector.PUBLIC,
                    K.GOVERNMENT_FUNDED_RESEARCH, "82", "대전광역시 유성구 가정로 101"),
    DemoInstitution("국립지식재산평가원", "National IP Valuation Institute", Sector.PUBLIC, K.NATIONAL_RESEARCH,
                    "83", "세종특별자치시 한누리대로 2130"),
    DemoInstitution("한빛산업기술연구원", "Hanbit Industrial Technology Institute", Sector.PUBLIC,
                    K.GOVERNMENT_FUNDED_RESEARCH, "82", "경기도 안산시 상록구 해안로 705"),
    DemoInstitution("한국성장금융은행", "Korea Growth Finance Bank", Sector.PUBLIC, K.BANK, "81",
                    "서울특별시 중구 을지로 79"),
    DemoInstitution("누리특허법인", "Nuri Patent Law Firm", Sector.PRIVATE, K.PATENT_FIRM, "86",
                    "서울특별시 강남구 테헤란로 152"),
    DemoInstitution("가온특허법인", "Gaon Patent & Law", Sector.PRIVATE, K.PATENT_FIRM, "86",
                    "서울특별시 서초구 강남대로 343"),
    DemoInstitution("다온기술평가 주식회사", "Daon Technology Valuation Co., Ltd.", Sector.PRIVATE,
                    K.EVALUATION_COMPANY, "81", "서울특별시 금천구 가산디지털1로 168"),
    DemoInstitution("미래가치평가 주식회사", "Mirae Value Appraisal Co., Ltd.", Sector.PRIVATE, K.EVALUATION_COMPANY,
                    "81", "부산광역시 해운대구 센텀중앙로 79"),
    DemoInstitution("한울기술경제연구소", "Hanul Institute of Technology Economics", Sector.PRIVATE,
                    K.PRIVATE_RESEARCH, "82", "대구광역시 동구 동대구로 465"),
    DemoInstitution("바른아이피평가 주식회사", "Bareun IP Valuation Inc.", Sector.PRIVATE, K.EVALUATION_COMPANY,
                    "81", "광주광역시 북구 첨단과기로 123"),
    DemoInstitution("소망은행", "Somang Bank", Sector.PRIVATE, K.BANK, "81", "서울특별시 영등포구 여의대로 128"),
    DemoInstitution("태성특허법인", "Taesung IP Law Firm", Sector.PRIVATE, K.PATENT_FIRM, "86",
                    "서울특별시 강남구 역삼로 180"),
)

INSTITUTIONS_OPEN = (
    DemoInstitution("새빛지식재산연구원", "Saebit IP Research Institute", Sector.PRIVATE, K.PRIVATE_RESEARCH, "82",
                    "경기도 성남시 분당구 판교역로 235"),
    DemoInstitution("한국중소기업혁신금융", "Korea SME Innovation Finance", Sector.PUBLIC, K.BANK, "81",
                    "서울특별시 중구 세종대로 39"),
    DemoInstitution("정도특허법인", "Jeongdo Patent Law Firm", Sector.PRIVATE, K.PATENT_FIRM, "86",
                    "서울특별시 서초구 서초대로 396"),
    DemoInstitution("에이치밸류 주식회사", "H-Value Inc.", Sector.PRIVATE, K.EVALUATION_COMPANY, "81",
                    "인천광역시 연수구 송도과학로 32"),
    DemoInstitution("국립기술사업화진흥원", "National Technology Commercialisation Agency", Sector.PUBLIC,
                    K.NATIONAL_RESEARCH, "83", "충청북도 청주시 흥덕구 오송생명로 187"),
    DemoInstitution("푸른기술가치 주식회사", "Pureun Tech Value Co., Ltd.", Sector.PRIVATE, K.EVALUATION_COMPANY,
                    "81", "울산광역시 남구 삼산로 274"),
    DemoInstitution("동방특허법인", "Dongbang IP Law", Sector.PRIVATE, K.PATENT_FIRM, "86",
                    "서울특별시 강남구 논현로 508"),
)

# In the open round, scored by the whole committee and waiting for the approver's decision.
INSTITUTION_READY = DemoInstitution("세움기술평가 주식회사", "Seum Technology Valuation Co., Ltd.", Sector.PRIVATE,
                                    K.EVALUATION_COMPANY, "81", "대전광역시 유성구 대학로 99")


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def make_brn(rng: random.Random, type_code: str) -> str:
    first = f"{rng.randint(101, 899)}{type_code}{rng.randint(1, 9999):04d}"
    return first + str(brn_check_digit(first))


def make_crn(rng: random.Random) -> str:
    first = f"{rng.randint(110111, 285011)}{rng.randint(0, 999999):06d}"
    return first + str(crn_check_digit(first))
