"""Fictional institutes for the ten-year demo: a deterministic pool of a few hundred applicants of every kind."""

import random
from collections.abc import Iterator

from desktop.demo.people import DemoInstitution
from desktop.domain.institutions.models import InstitutionKind, Sector

_FIRST = ("한결", "새롬", "가람", "나래", "다솜", "미르", "보람", "빛가람", "아라", "온누리", "하람", "한솔", "해솔",
          "푸름", "늘봄", "단비", "라온", "세빛", "여울", "은빛", "이룸", "주원", "청람", "태강", "혜윰", "휴먼",
          "그린", "대성", "동화", "명인", "삼정", "서원", "신화", "영진", "우정", "정인", "창성", "평화", "한림",
          "효성")
_FIRST_EN = ("Hangyeol", "Saerom", "Garam", "Narae", "Dasom", "Mir", "Boram", "Bitgaram", "Ara", "Onnuri", "Haram",
             "Hansol", "Haesol", "Pureum", "Neulbom", "Danbi", "Raon", "Sebit", "Yeoul", "Eunbit", "Irum", "Juwon",
             "Cheongram", "Taegang", "Hyeyum", "Human", "Green", "Daesung", "Donghwa", "Myungin", "Samjung", "Seowon",
             "Shinhwa", "Youngjin", "Woojung", "Jungin", "Changsung", "Pyunghwa", "Hanlim", "Hyosung")
_SECOND = ("", "아이피", "테크", "밸류", "이노", "파트너스", "글로벌", "코리아", "브릿지", "넥스트", "에스", "제이",
           "플러스", "원", "스타", "리서치")
_SECOND_EN = ("", " IP", " Tech", " Value", " Inno", " Partners", " Global", " Korea", " Bridge", " Next", " S",
              " J", " Plus", " One", " Star", " Research")
K = InstitutionKind
# kind, sector, BRN type code, Korean suffix, English suffix, weight
_KINDS = ((K.PATENT_FIRM, Sector.PRIVATE, "86", "특허법인", " Patent Law Firm", 30),
          (K.EVALUATION_COMPANY, Sector.PRIVATE, "81", "기술평가 주식회사", " Technology Valuation Co., Ltd.", 34),
          (K.PRIVATE_RESEARCH, Sector.PRIVATE, "82", "기술경제연구소", " Institute of Technology Economics", 12),
          (K.BANK, Sector.PRIVATE, "81", "은행", " Bank", 8),
          (K.GOVERNMENT_FUNDED_RESEARCH, Sector.PUBLIC, "82", "산업기술연구원", " Industrial Technology Institute", 10),
          (K.NATIONAL_RESEARCH, Sector.PUBLIC, "83", "지식재산진흥원", " IP Promotion Agency", 6))
_CITIES = ("서울특별시 강남구 테헤란로", "서울특별시 서초구 강남대로", "서울특별시 중구 을지로",
           "대전광역시 유성구 대학로",
           "부산광역시 해운대구 센텀중앙로", "경기도 성남시 분당구 판교역로", "대구광역시 동구 동대구로",
           "광주광역시 북구 첨단과기로", "인천광역시 연수구 송도과학로", "세종특별자치시 한누리대로")


def institutes(seed: int = 2017) -> Iterator[DemoInstitution]:
    """Distinct fictional institutes, in a fixed order (names made of two parts and the kind's suffix)."""
    rng = random.Random(seed)
    pairs = [(f, s) for s in range(len(_SECOND)) for f in range(len(_FIRST))]
    rng.shuffle(pairs)
    for first, second in pairs:
        kind, sector, code, suffix, suffix_en, _ = rng.choices(_KINDS, [k[-1] for k in _KINDS])[0]
        yield DemoInstitution(f"{_FIRST[first]}{_SECOND[second]}{suffix}",
                              f"{_FIRST_EN[first]}{_SECOND_EN[second]}{suffix_en}", sector, kind, code,
                              f"{rng.choice(_CITIES)} {rng.randint(10, 700)}")
