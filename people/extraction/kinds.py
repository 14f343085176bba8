"""What kind of place or body a name is, from the gazetteer and from how the name ends.

Pure (no Django): the importer gives a new Place or Organisation its kind when it first stores the
name, so that the admin's kind filters sort the machine's finds (roads apart from villages, party
committees apart from companies). A curator's kind is never changed: only new records get one.
The kinds are the models' choices (people.models.Place.KIND_CHOICES, Organisation.KIND_CHOICES).
"""

from __future__ import annotations

from .resources import places

# The gazetteer's kinds as the model's (a development zone is administered as a district).
_GAZ_KIND = {
    "country": "country",
    "province": "province",
    "abbr": "province",
    "city": "city",
    "county": "county",
    "district": "county",
}

# Endings of places' names; the longest one a name ends with decides (社区 over 区).
_PLACE_ENDINGS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("特别行政区", "自治区", "省"), "province"),
    (("自治州", "地区", "盟"), "city"),
    (("市",), "city"),
    (("自治县", "县", "旗", "新区", "城区", "区"), "county"),
    (("街道", "镇", "乡"), "town"),
    (("社区", "村", "庄", "寨", "屯", "营", "堡", "沟", "湾", "洼"), "village"),
    (("公园", "园区", "产业园", "工业园", "广场", "景区", "设计城", "基地"), "park"),
    (("大道", "大街", "路", "街", "高速", "大桥", "特大桥", "引桥"), "road"),
)


def place_kind(name: str) -> str:
    """country, province, city, county, town, village, park, road or other."""
    kind = places().get(name)
    if kind in _GAZ_KIND:
        return _GAZ_KIND[kind]
    return _by_ending(name, _PLACE_ENDINGS) or "other"


# Party committees by their last characters: 市委, 县委, 党委, 纪委, 工委 (发改委, 教委 are
# government commissions).
_PARTY_COMMITTEE = frozenset("市县区省党纪工镇乡")

_ORG_ENDINGS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        (
            "报社",
            "日报",
            "晚报",
            "电视台",
            "广播电台",
            "电台",
            "出版社",
            "通讯社",
            "杂志社",
            "融媒体中心",
            "新华社",
        ),
        "media",
    ),
    (("大学", "学院", "研究生院"), "university"),
    (("中学", "小学", "学校", "幼儿园", "高中", "初中", "分校", "一中", "二中", "三中"), "school"),
    (("公司", "集团", "银行", "分行", "支行", "厂", "酒店", "宾馆", "饭店", "合作社", "商场"), "company"),
    (
        (
            *("协会", "学会", "联合会", "商会", "促进会", "基金会", "研究会", "联盟", "同学会", "联谊会"),
            *("科协", "妇联", "工会", "残联", "侨联", "文联", "社科联", "工商联", "团委"),
            *("校友会", "分会", "红十字会", "慈善总会", "关工委"),
        ),
        "association",
    ),
    (("人大", "人大常委会", "人民代表大会", "人民代表大会常务委员会"), "congress"),
    (("政协", "政治协商会议"), "cppcc"),
    (
        (
            "党委",
            "党工委",
            "党组",
            "党支部",
            "支部",
            "总支",
            "纪委",
            "工委",
            "组织部",
            "宣传部",
            "统战部",
            "政法委",
        ),
        "party",
    ),
    (
        (
            *("政府", "人民政府", "国务院", "局", "厅", "部", "管委会", "办事处", "办公室", "法院", "检察院"),
            *("派出所", "支队", "大队", "中队", "总队", "调查队", "署", "监委", "工商所"),
            *("政务服务中心", "便民服务中心", "服务中心"),
            # a village's and a community's committees, the bottom of the administration
            *("村委会", "居委会", "村民委员会", "居民委员会", "司法所", "财政所"),
        ),
        "government",
    ),
)


def organisation_kind(name: str) -> str:
    """party, government, congress, cppcc, company, university, school, association, media or other."""
    if name.startswith(
        ("中共", "中国共产党", "党中央", "省委", "市委", "县委", "区委")
    ) and not name.endswith(("公司", "学校", "学院")):
        return "party"  # (省委编办: a party committee's office)
    kind = _by_ending(name, _ORG_ENDINGS)
    if kind is None and name.endswith("委") and len(name) >= 2:
        return "party" if name[-2] in _PARTY_COMMITTEE else "government"
    return kind or "other"


def _by_ending(name: str, table: tuple[tuple[tuple[str, ...], str], ...]) -> str | None:
    """The kind of the longest ending of `name` in `table`; an ending alone names nothing (局),
    unless it is a whole name of three characters or more (国务院)."""
    best, best_len = None, 0
    for endings, kind in table:
        for end in endings:
            if len(end) > best_len and name.endswith(end) and (len(name) > len(end) or len(end) >= 3):
                best, best_len = kind, len(end)
    return best
