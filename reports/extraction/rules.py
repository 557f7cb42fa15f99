"""How each indicator is written, as data.

A figure is a number token (see numbers.py) with a noun phrase around it. Officials write the
noun before the number ("人民调解员102人", "调解成功288件") or after it ("配备2名专职人民调解员",
"11个村（社区）成立人民调解委员会"). Each ``Form`` below is one such phrasing:

- ``before``: a regex that must match the text right before the number. It may be followed only
  by linking words (共/共计/累计/达/为/约/有/人数…, see ``LINK``) and must end where the number
  begins. Matching is done on the text since the previous figure in the same clause.
- ``after``: a regex that must match right after the measure word (up to the next figure or the
  end of the clause).
- ``needs``: a regex that must appear somewhere in the sentence (for elliptical forms like
  "已化解144件", whose noun was in the previous clause).
- ``then``: a regex the rest of the sentence after the figure must start with.
- ``clause``: a regex that must appear earlier in the figure's clause.
- ``weight``: how sure the form is; higher wins ties between candidates.

Each ``Rule`` adds the measure words it accepts, words that disqualify a candidate (in its own
stretch of text, or anywhere in its clause), sentence-level words that mark a sub-count or a
pilot (penalised), and words that mark a town-wide total (boosted). Quotes and spaces are
removed from the context before matching, so forms never need to spell “”.

Adding a phrasing means adding a Form here; the engine in indicators.py stays the same.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Form:
    before: str | None = None
    after: str | None = None
    weight: float = 1.0
    needs: str | None = None
    kind: str = ""
    # a regex the rest of the sentence after the figure must start with ("…58件，已全部办结")
    then: str | None = None
    # a regex that must appear in the clause before the number ("调解员队伍1支、成员36人")
    clause: str | None = None
    # how many characters before the number the ``before`` phrase (with linking words) may span
    reach: int = 32


@dataclass(frozen=True)
class Rule:
    code: str
    units: tuple[str, ...]
    forms: tuple[Form, ...]
    # disqualifying words in the candidate's own stretch of text (between neighbouring figures)
    reject: str = ""
    # disqualifying words anywhere in the clause before the number (e.g. 其中, 每村)
    reject_clause: str = ""
    # disqualifying words anywhere in the sentence before the number: "全年初信初访办结38件，及时就地化解率
    # 达到96%" is the petitions' rate
    reject_sentence: str = ""
    # a figure of one event or campaign (ONE_EVENT) still counts, unless the sentence is a news item
    # about one day (NEWS_ITEM): a 宣传周's leaflets or audience are often the only such figure a
    # town gives
    one_event_counts: bool = False
    # words in the sentence before the number that make it a sub-count / pilot: penalised
    penalty: str = ""
    penalty_weight: float = 2.0
    # town-wide total markers in the sentence before the number: boosted
    boost: str = r"全镇|全乡|全街道|全年|共计|总计|合计|累计|总共|共有|共|目前|现有|截至"
    is_rate: bool = False
    integer: bool = True
    max_value: float = 1e7
    # structural facts (number of villages) may be stated anywhere, even in the plan section
    anywhere: bool = False
    # how to break ties between equally scored candidates: "max" value or "first" in text
    prefer: str = "max"
    # sum adjacent figures of different kinds ("12个行政村、3个社区" -> 15)
    sum_kinds: bool = False
    # the town's and the villages' figures stated apart in one sentence, with no total, add up
    sum_levels: bool = False
    # the parts a figure is stated by, each with its own subject and no total, add up:
    # "镇综合执法大队持证执法人员12名，镇应急管理办公室持证执法人员4名" (16)
    sum_parts: bool = False
    # a count of this year's activity (cases, events, sessions), not of what the town has: a total
    # over several years (MULTI_YEAR) is not it, where a running total of 法律明白人 is
    activity: bool = False
    # disqualifies a figure when the rest of its sentence starts with it: "排查化解矛盾纠纷168宗，化解165宗"
    # (the next clause's bare 化解 count is the resolved one, so 168 is not)
    reject_then: str = ""
    # the town's own unit named without a count beside a count of the villages' ("二十一个村均成立调委会，
    # 另设立镇人民调解委员会"): it adds one to the villages' figure
    town_one: str = ""
    # other units named one by one without a count in the same list ("…以及家具行业人民调解委员会、
    # 劳动争议人民调解委员会"): each adds one (group "name": what it is called)
    named_one: str = ""
    # quick filter: one of these words must be in the figure's own stretch of text for any form
    # to match (keeps the engine fast; every form's noun phrase contains one of them)
    keys: tuple[str, ...] = ()


# Words allowed between the noun phrase and the number ("纠纷共48起", "人数约千余人次", "率为98%").
LINK = (
    r"(?:共计|总计|合计|累计|共有|现(?:有|为|达到?)|总共|一共有?|共|计|达到了?|已达|达|高达|多达|为|是|仅有|只有|仅|有|约|近|逾|超过|超|突破|"
    r"(?:加|合|算)起来|"
    r"差不多有?|大概有?|大约有?|首次|规模|(?:由|从)(?:去年|上年|年初|原来|以前|过去|\d{4}年(?:底|初)?)?的?|"
    r"的?(?:总数|人数|次数)|总数|的(?:有|为|是)|人数|数量|总量|场次|次数|频次|件数|个数|份数|人次|合共|(?:登记)?在册|由此|等|(?:受理|接待|办理|办结)?量|受理数|办理数|办结数|人员|数|了|已经|已|分别|均|在|"
    r"(?:始终|一直|持续)?(?:保持在|稳定在)|(?:扩充|扩大|壮大|发展|充实|增加|增长|提高|提升|上升|减少|下降|增|减)?(?:到|至)|：|:|"
    # the noun first, then when and the verb: "集中学法活动全年开展12次"
    r"全年|今年|年内|年初|年末|年底|一年(?:下来|来)|先后|目前|当前|(?:开展|举办|组织|召开|坚持|安排|进行|搞|弄|办|开讲|开课|授课|开市)了?|"
    # the year, when the noun is said first: "人民调解委员会2024年共21个", "“法律明白人”2024年底达到190名"
    r"(?:19|20)\d\d年(?:底|末|度)?|"
    # a short note in brackets between the noun and the number: "人民调解组织（调委会）21个"
    r"（[^（）]{1,16}）|（(?:全镇|全乡|全街道)?)*"
)

# several townships together, or the area the town is part of: "该镇所在片区的三个乡镇合计化解612件"
# (after a count the left starts with its noun: "…三个乡镇合计化解612件")
# (and two or more towns together, or an area of several: "青山、石门两镇联合…", "…联调协作区")
_OTHER_TOWNS = (r"^乡镇|[两二三四五六七八九十0-9]+个乡镇|所在的?[\u4e00-\u9fff]{0,4}片区"
                r"|[两三四五六七八九十](?:镇|乡(?![村亲贤土])|个?街道)|协作区|协作片区")
# a property company settling its own complaints is not mediation: "物业企业自行处理业主投诉纠纷1530件"
_SETTLED_BY_ITSELF = r"物业(?:企业|公司)|自行(?:处理|化解|调处)"

# Generic disqualifiers applied to every count (rates have their own): comparisons and
# increments are not totals, future tense and per-unit figures are not this year's totals.
GLOBAL_REJECT = (
    # a part said to be inside a total given elsewhere: "申请调解133件（已纳入全镇受理总数）、成功调解129件"
    r"(?:纳入|计入|包含在|含在|含于)[\u4e00-\u9fff]{0,10}?(?:总数|总量|数字|统计数)|"
    # (only before the figure: "共建立人民调解委员会18个（同比持平）" is this year's 18)
    # (but "总数增加到164名" is the new total)
    r"(?:同比|环比|较去年|比去年|较上年|比上年|较同期|(?:增长|增加|减少|下降|上升)(?!到|至)|提高了|新增)[^|]*\||"
    r"新(?:培养|培育|选聘|聘请|聘任|招募|吸纳|取证|取得|领取|考取|申领|录用|组建|配备)(?![^（）|]*）)|"
    r"平均|人均|(?:[月日周]|(?<![今全本去前\d])年)均(?![已为衡])|每(?:村|个|月|周|年|季|天|日|半月|次|场|户|人|名|社)[^|]*\||计划(?!生育)|(?<!模)拟(?!定|人)|力争|争取|预计|"
    r"将继续|将进一步|下一步|明年|目标(?!任务|责任|管理|考核)|"  # ("将目标任务分解到…13个行政村": not a target)
    # last year's figures: "上年度共受理…", "去年同期…", "2023年同期…" (but "由去年的19人增加到…" is
    # handled as a change, and its new value carries the old noun phrase). Only before the figure
    # (left of the "|" in the context): "96件（去年同期为110件）" is this year's 96.
    r"、[^|，]*分别[^|]*\||"
    # a figure of the whole county (or district, city) quoted in the town's report: "全县共培育…5000名"
    r"(?:全县|全区(?!域)|全市|全旗|全省(?!统一)|县域内|全州)[^|]*\||"
    # a neighbouring town's figure quoted for comparison
    r"(?:邻镇|邻乡|邻近乡镇|周边乡镇|兄弟乡镇|邻近镇|(?:相邻|邻近|周边)的?[\u4e00-\u9fff]{1,4}(?:镇|乡|街道))[^|]*\||"
    rf"(?:{_OTHER_TOWNS})[^|]*\||"
    # what the town is compared with: "与辖15个村（社区）的河口镇相比", "与上年的86件相比"
    r"与[^，。；|]{0,20}\|[^，。；|]{0,20}?(?:相比|比较|对比)|"
    r"(?:同期|(?<![由从较比与同（(])(?:去年|上年度?|上一年度?|前年)(?![的底末初]))[^|]*\|"
)

# The sentence is a news item about one day: "近日，…走访我镇5个村调委会", "12月8日，…40名调解员参会"
# (a date that opens a range or follows 截至 is not one day: "截至12月20日已办…")
NEWS_ITEM = (r"^(?:近日|日前|近期|前不久|[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日"
             r"(?![至到—～－-])[^，。；]{0,12}，)")
# …or about one event or campaign: "…活动期间调解成功率达96.9%", "…当周办结涉农信访件9件"
# (each alternative written literal first, a fast scan; 传周/传月/… end 宣传周, 宣传月, 调解月 …)
_EVENT_WORD = r"(?:活动|行动|传周|传月|解月|设月|坚月)"
ONE_EVENT = (r"当天|当日|当周|半天|为期[0-9一二三四五六七八九十两]+(?:天|日|周)"
             rf"|期间(?<={_EVENT_WORD}期间)|中(?!心)(?<={_EVENT_WORD}中)|启动以来(?<={_EVENT_WORD}启动以来)")

# A total over several years ("近三年累计开展普法宣传活动140余场次") is not this year's work; for what the
# town has (法律明白人, mediators) the running total is the figure, so only activity counts use this.
MULTI_YEAR = r"(?:近|这|过去)[两三四五]年|[两三四五]年(?:来|以来|间)|(?:以来|(?<![前回带到起出过进上下])来)[^|，]{0,12}累计[^|]*\|"  # (not 前来: "前来…的群众累计达9600人次")

# (司法所: one body of the town; its caseload is part of the town-wide total when both are given)
# (and a breakdown said to be one: "从层级看，镇调委会直接受理…32件，成功化解30件；各村…")
SUBSCOPE = r"其中|分中心|试点|先行|示范点|示范村|十户长|网格员|联户|片区|司法所|层级看|分层级|按层级"

# Sentences about the future: "下一步，力争…", "2025年，我镇将…"
FUTURE = (
    r"^(?:下一步|下步|明年|今后|未来|20\d\d年(?:度)?(?:，)?(?:我镇|我乡|我街道|全镇|全乡)?将)|力争|争取|(?<!模)拟(?!定|人)|计划(?:开展|培育|发放|举办|组织|新增|完成)"
    r"|预计|确保(?:全年|明年)|计划(?:明年|来年|下一年|下年度)"
    # a target set from above: "县里要求今年底前调委会数量达到18个以上"
    r"|要求[^，。；|]{0,20}?(?:达到|不少于|不低于)$"
)

# Certificates are often named with their issuer: 《河南省行政执法证》, 广东省行政执法证
# (and the issuing body: "持有河北省人民政府统一颁发行政执法证件的27人", "持有省政府统一颁发的执法证件")
_ISSUER = r"(?:[\u4e00-\u9fff]{0,5}?(?:省|市|自治区|县|区)(?:级)?|国家(?:部委)?|部委)?(?:人民政府|政府)?(?:统一)?(?:颁发|核发|制发)?的?"

_DISPUTE = r"(?:矛盾纠纷|民间纠纷|纠纷案件|各类纠纷|矛盾|纠纷)"
# the next clause is a bare count of what was resolved: "…168宗，化解165宗"
_BARE_RESOLVED = (r"^，(?:其中)?(?:已|均已|共|累计)?(?:成功)?(?:化解(?:成功)?|调处成功|调解成功|调结)(?:了)?(?:各类)?(?:矛盾纠纷|纠纷)?"
                  r"[\d一二两三四五六七八九十百千]")
# a petition as reports name it: "信访件", "信访事项", "信访案件", "信访诉求" …
_PETITION = r"信访(?:件|事项|案件|问题|诉求)?"
# a share of the town's resolved disputes: "…单独化解的邻里纠纷为30起，占全镇化解总量的15%" is one
# part of them (not "占全年受理总数的95.2%", the resolved total as a share of those received)
_SHARE_OF_RESOLVED = (r"^[^。；]{0,12}?占(?:全镇|全乡|全街道|全年|本镇|本乡)?(?:各类)?(?:矛盾纠纷|纠纷)?"
                      r"(?:化解|调处|调解成功|成功调解|成功化解)(?:的)?(?:矛盾纠纷|纠纷)?(?:总量|总数)")
# a committee for a trade or a kind of dispute: 行业性专业性调委会, 物业纠纷人民调解委员会, 企业调委会
_TRADE_COMMITTEE = (r"(?:(?:行业|专业|区域)性?|[\u4e00-\u9fff]{2,4}(?:纠纷|行业|企业|园区|事故|争议)|企业|物业|商会|商圈|市场|景区|园区)+(?:人民)?"
                    r"(?:调解委员会|调委会|调解组织)")
# up to four characters of modifier between a verb and 纠纷 ("调处复杂矛盾纠纷"), but never across an
# institution or another verb ("调处化解中心受理纠纷" is the centre receiving, not resolving)
_GAP = r"(?:(?!中心|受理|排查|调处|调解|化解)[\u4e00-\u9fff]){0,4}?"
# the sorts of community a town lists beside its villages ("城镇社区", "易地扶贫搬迁安置社区", "农场社区")
COMMUNITY_SORT = r"(?:城镇|城市|农村|涉农|居民|农场|林场|矿区|(?:乡|镇)?(?:政府)?驻地|(?:易地扶贫|移民)?(?:搬迁)?安置)"
# 法律明白人, also said 明白人 alone once the report has named them (not another field's: 政策明白人,
# 安全明白人, 健康明白人 …)
_LITERATE = r"(?:法律|法治|(?<!政策|安全|健康|卫生|消防|金融|防疫|禁毒|科技|医保|致富|技术|农技|反诈|环保|交通))明白人"

_VILLAGE = (
    r"(?:嘎查村|嘎查|牧委会|牧民委员会|村级组织|(?:涉农|纯农|农业|山区|边境|牧业|牧区|农牧)?(?:行政村|建制村)|(?:牧业|牧区|农牧)村|涉农村|村（居）委会|村（居）民委员会|村民委员会|村委会|村委(?!委员|员|书记|主任|成员|班子|干部|换届|会)|村（(?:社区|居|社|居委会)）|社区（(?:村|居)）|村居委?|村社区|村(?![级民规务干组落庄两镇长委医])"
    rf"|{COMMUNITY_SORT}?社区(?:居委会|居民委员会)?(?![级矫服网工民党])|居委会|居民委员会|居民区)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        code="enforcement_staff",
        keys=("执法", "持证"),
        units=("名", "人", "位", "本", "个人"),
        forms=(
            # "全镇有效行政执法证件保有量为37本": one certificate a person
            Form(before=r"(?:有效)?(?:行政)?执法证(?:件)?(?:保有量|持有量|持证量)", weight=1),
            Form(before=rf"持(?:有)?(?:有效|合法)?(?:的)?{_ISSUER}(?:行政)?执法(?:证|资格证)(?:件|书)?(?:的)?"
                        r"(?:人员|干部|工作人员|执法人员|者)?", weight=2),
            Form(before=r"(?:执法证|执法资格|执法证件|持证)[\u4e00-\u9fff]{0,6}?的?(?:人员|干部|工作人员|同志|干部职工|执法人员|执法力量)",
                 weight=2),
            Form(before=r"持证(?:上岗)?(?:的)?(?:行政)?(?:执法)?(?:人员|队员|队伍)", weight=2),
            Form(before=r"(?:行政)?执法持证人员", weight=2),
            # the noun after the number: "镇综合执法队持证执法的17名队员"
            Form(before=r"持证(?:上岗)?(?:执法)?的", after=r"(?:执法)?(?:队员|人员|干部)", weight=2),
            # spoken: "目前全镇有执法证的一共18个人"
            Form(before=rf"(?<![没未无])有{_ISSUER}(?:行政)?执法(?:证|资格证)(?:件|书)?的(?:人员|干部|工作人员|同志)?",
                 weight=2),
            Form(before=r"(?:行政)?执法(?:证|证件|资格证)(?:的)?持有(?:人|人员|者)?", weight=2),
            # "对全体执法人员证件进行清理核查，核查后有效证件持有人共计22名"
            Form(before=r"(?:有效)?证件持有(?:人|人员|者)", weight=1, needs=r"执法"),
            # "执法队员18人，全部取得行政执法证", "乡执法队伍共12人，人人持证"
            # (or a head-count: "街道综合行政执法办公室在编在岗16名，均持有《重庆市行政执法证》")
            Form(before=r"(?:执法)?(?:队员|人员|干部|工作人员|队伍)|在编在岗|在编|在岗|实有|现有",
                 then=rf"^，?(?:(?:全部|均|均已|都|全员)(?:已)?(?:通过[^，。；]{{0,16}}?考试并)?(?:取得|持有|领取|考取|换领|具备|具有)(?:了)?"
                      rf"{_ISSUER}(?:新版)?(?:行政)?执法(?:证|资格)"
                      r"|(?:人人|全员|均|全部|都)(?:已)?持证)",
                 weight=1),
            Form(before=r"(?:行政)?(?:执法证|执法证件|执法资格证)?持证(?:的)?(?:者)?", weight=2, needs=r"执法"),
            Form(before=r"(?:执法人员|人员)?持证(?:上岗|在岗)(?:人员)?", weight=1, needs=r"执法"),
            # "领有执法证件、可独立开展执法活动的队员共有十七名"
            # ("经…考试、取得行政执法证件并在岗履职的共有17人")
            Form(before=r"(?:执法证|执法证件|执法资格)[^，。；|]{0,16}?的(?:人员|干部|工作人员|同志|干部职工|执法人员|队员)?",
                 weight=2, reach=40),
            Form(before=rf"(?:具有|具备|取得|获得|领取|领到|领有|申领到|换领)(?:了)?{_ISSUER}(?:行政)?执法(?:资格|证件|证)(?:的)?(?:人员|干部|工作人员)?",
                 weight=2),
            Form(before=r"行政执法人员", weight=1),
            Form(before=r"(?:镇|乡|街道)?执法人员", weight=0),
            Form(after=r"(?:人员|干部职工|干部|工作人员|同志|执法人员|行政执法人员|执法队员|队员)?(?:均|都|已|全部|全员)*"
                       rf"(?:执有|持有|取得|获得|具有|具备|领取|领到|领有|拿到|考取|拥有|持)(?:了)?(?:有效)?{_ISSUER}(?:行政)?执法(?:证|资格)",
                 weight=2),
            Form(after=r"(?:持证|持证上岗的|持有执法证的)(?:行政)?执法(?:人员|队员)", weight=2),
            # "经培训考试合格并核发行政执法证的有27名"
            Form(before=rf"(?:取得|核发|领取|颁发)(?:了)?{_ISSUER}(?:行政)?执法(?:证|证件|资格证)的", weight=2),
            # "已有22人通过资格考试并领取了行政执法证"
            Form(after=rf"通过[\u4e00-\u9fff]{{0,8}}?考试并?(?:取得|领取|获得)(?:了)?{_ISSUER}(?:行政)?执法(?:证|资格)", weight=2),
            # "能够亮证执法的干部目前有十九人"
            Form(before=r"(?:能够|可以|可)?亮证(?:执法|上岗)的?(?:人员|干部|队员|工作人员)?", weight=2),
            # "执法队18名队员全部持证上岗"
            Form(after=r"(?:执法)?(?:队员|人员|干部|工作人员|同志|执法人员|行政执法人员)(?:均|都|已|全部|全员)+(?:已)?持证(?:上岗)?",
                 needs=r"执法", weight=1),
            Form(after=r"(?:持证人员|持证执法人员)", weight=2),
            Form(after=r"行政执法人员", weight=1),
            Form(after=r"执法人员(?!参加|参与|开展|出动|组成)", weight=0),
        ),
        sum_parts=True,
        reject=r"考试(?!(?:合格)?[并、]?(?:取得|领取|获得|核发))|应持证|应取证|(?<!经)培训|参加|参训|参与|报名|申请|申报|申领(?!到)(?![^|，]{0,12}并(?:通过|经)年审)|报考|出动|抽调|执法检查|检查|(?<!通过)(?<!经)年审|注销|过期|超过有效期|失效|率|人次|组成|带队|"
               r"交回|收回|吊销|暂扣|退休|调离|选派|跟班|跟学|挂职|辅助|协管|聘用|净增|净减|新增|"
               # how many must act together, not how many there are: "执法活动一律由两名以上持证人员实施"
               r"(?:一律|必须|应当|均须|须)由(?=\|)|不得少于(?=\|)|不少于(?=\|)|以上(?:持证)?(?:执法)?人员(?:共同|同时)?(?:实施|进行|开展|执法|出示)|"
               # another body's staff working in the town
               r"市场监管所|派出所|驻镇|县[\u4e00-\u9fff]{0,6}局",
        # "执法人员46名，其中持证执法人员35名": the certified are the sub-count that matters
        penalty=r"其中",
        penalty_weight=0.5,
    ),
    Rule(
        code="disputes_received",
        keys=("纠纷", "矛盾", "案件", "受理", "排查", "调处", "调解申请", "收案"),
        units=("件", "起", "宗", "例", "个", "件次"),
        forms=(
            Form(before=rf"(?:受理|排查|摸排|调处|调解|接待|收到|登记|接收|接受|排查出|排查发现|发现|发生|接到|接报"
                        rf"|收集|汇总)(?:调解)?"
                        rf"(?:了)?(?:各类|各种|各项)?{_GAP}{_DISPUTE}(?:案件|事件|诉求|报告|线索|申请调解|调解申请)?", weight=2),
            # "群众诉求1876宗，其中属于矛盾纠纷的412宗", "其中属于矛盾纠纷、依程序交由人民调解组织调处的203件"
            Form(before=rf"(?:属于|涉及)(?:各类)?{_DISPUTE}(?:类)?(?:[^，。；|]{{0,20}}?)的", weight=2),
            # "全镇各级调解组织共收案243件"
            Form(before=r"(?:调解组织|调委会|调解委员会)(?:共|累计)?收案", weight=1, needs=r"调解|纠纷"),
            # "纠纷受理数量与上年基本持平：受理数为三百零五件"
            Form(before=r"受理(?:数|数量|件数)", weight=1, needs=r"纠纷|矛盾|调解"),
            # "交由镇人民调解委员会受理的212件"
            Form(before=r"(?:调解委员会|调委会)受理(?:的)?", weight=2, needs=r"纠纷|矛盾"),
            # "统一受理登记群众诉求和矛盾纠纷213件"
            Form(before=rf"(?:受理|登记|接收|排查)[\u4e00-\u9fff]{{0,8}}?(?:诉求|信访|问题)(?:和|及|与|、)(?:各类)?{_DISPUTE}",
                 weight=2),
            Form(before=r"(?:受理|调处|调解|办理)(?:了)?(?:各类)?(?:人民调解|调解|纠纷)案件", weight=2),
            # the noun first, then the verb: "矛盾纠纷：受理56件", "各类矛盾纠纷受理数为96件"
            Form(before=rf"{_DISPUTE}(?:案件)?(?:[\u4e00-\u9fff]{{0,6}}?[：:])?(?:全年|今年|年内|共计|共|累计)*"
                        r"(?:受理|排查|摸排|接收|登记|收到|收案)(?:了)?", weight=2),
            # "矛盾纠纷调处台账登记在案147宗"
            Form(before=rf"{_DISPUTE}[\u4e00-\u9fff]{{0,4}}?台账(?:上)?(?:登记在案|登记在册|登记|记录)(?:了)?", weight=2),
            Form(before=r"(?:人民)?调解(?:纠纷)?案件", weight=1),
            Form(before=r"(?:收到|接到|接收|接受|受理|登记)(?:了)?(?:各类)?(?:群众)?调解申请", weight=1),
            # "其中进入人民调解程序的纠纷264件"
            Form(before=rf"(?:进入|纳入)[\u4e00-\u9fff]{{0,6}}?(?:调解|调处)程序的(?:各类)?{_DISPUTE}", weight=2),
            # "全年共有156件矛盾纠纷进入镇村两级调解程序"
            Form(after=rf"(?:各类)?{_DISPUTE}(?:进入|纳入)[\u4e00-\u9fff]{{0,6}}?(?:调解|调处)程序", weight=2),
            # "共对312起各类矛盾纠纷进行了受理调处"
            Form(after=rf"(?:各类|各种)?{_DISPUTE}进行(?:了)?(?:登记)?(?:受理|排查|摸排|调处|调解)(?:调处|调解|化解)?", weight=2),
            # "全年共有213宗民间纠纷申请人民调解"
            Form(after=rf"(?:各类)?{_DISPUTE}(?:申请|请求)(?:人民)?调解", weight=2),
            # "排查化解矛盾纠纷168宗，化解165宗": what was found, then what of it was resolved
            Form(before=rf"排查化解(?:了)?(?:各类|各种)?{_GAP}{_DISPUTE}(?:案件)?", then=_BARE_RESOLVED, weight=2),
            # "调处土地权属、婚姻家庭等纠纷152件"
            Form(before=rf"(?:受理|排查|调处|调解)[^，。；|]{{0,20}}?(?:等(?:各类)?{_DISPUTE}(?:案件)?|{_DISPUTE}等)", weight=2),
            # "…，其中我镇受理173件": the noun is earlier in the sentence
            # ("…全年登记受理的为158件")
            Form(before=r"(?:共|累计)?(?:登记)?(?:受理|排查|摸排|调处)(?:了|的)?", weight=1,
                 needs=r"纠纷|矛盾|人民调解|调解组织|调委会|调解委员会"),
            Form(before=rf"{_DISPUTE}(?:案件|类)?", weight=0,
                 needs=r"受理|排查(?!化解)|摸排|调处|调解|发生|收到"),
            Form(before=r"(?:受理|排查|摸排|调处)(?:出)?(?:了|的)?", after=rf"(?:各类|各种)?{_GAP}{_DISPUTE}",
                 weight=2),
        ),
        # 参与/协助 (法律顾问参与调处纠纷38件): what one helper took part in, not the town's caseload
        reject=r"成功|(?<!排查)化解(?!中心|[：:])|信访|息访|率|隐患(?!和|及|与)|风险|安全|诉前|委派|未|重点|重大|疑难|复杂|积案|反馈|转办|交办|参与|协助|律师|法律顾问"
               # (the police's disputes: "派出所…现场调处各类治安纠纷96起"; a property company's own)
               rf"|治安类?(?:纠纷|调解|案件)|{_SETTLED_BY_ITSELF}",
        activity=True,
        sum_levels=True,
        reject_clause=r"其中",
        penalty=SUBSCOPE,
    ),
    Rule(
        code="disputes_resolved",
        keys=("成功", "化解", "调结", "纠纷", "矛盾", "解决", "调处", "协议"),
        units=("件", "起", "宗", "例", "个", "份", "件次"),
        forms=(
            Form(before=rf"(?:调解|调处|化解|处置|解决|调结)(?:了)?成功(?:的)?(?:各类|各种)?{_DISPUTE}?(?:案件)?(?:的)?", weight=3),
            # "经耐心疏导促成双方签订调解协议书的135宗"
            Form(before=r"促成[\u4e00-\u9fff]{0,6}?(?:签订|达成)(?:调解|和解)?协议(?:书)?的", weight=2, needs=r"纠纷|调解"),
            # "促成当事人和解的纠纷有164起"
            Form(before=rf"促成[\u4e00-\u9fff]{{0,6}}?(?:和解|调解)(?:协议)?的?(?:各类)?{_DISPUTE}(?:案件)?", weight=2),
            # "近二百五十起邻里、婚姻家庭纠纷得以平息"
            Form(after=rf"[\u4e00-\u9fff、]{{0,12}}?{_DISPUTE}(?:均|已|全部)*(?:得以|得到)(?:成功|有效|妥善)?(?:化解|平息|解决)",
                 weight=2),
            # "调处结案、当事人履行到位的民间纠纷共计206件": what was resolved, in a relative clause
            Form(before=rf"(?:结案|调结|化解|履行到位|履行完毕)[^，。；|]{{0,12}}?的{_GAP}{_DISPUTE}(?:案件)?", weight=2),
            # "案结事了的纠纷共计174件"
            Form(before=rf"(?:案结事了|息诉止纷|息诉罢访|定分止争)的?(?:各类)?{_DISPUTE}(?:案件)?", weight=2),
            Form(before=rf"成功(?:调解|调处|化解|处置|解决|平息)(?:了)?(?:各类|各种)?{_GAP}{_DISPUTE}?(?:案件)?",
                 weight=3),
            Form(before=rf"(?:化解|调结|解决|调解结案|结案)(?:了)?(?:各类|各种)?{_GAP}{_DISPUTE}(?:案件)?", weight=2),
            # "全年化解邻里、物业、婚姻家庭等矛盾纠纷二百一十七起"
            Form(before=rf"化解(?:了)?[^，。；|]{{1,16}}?等(?:各类)?{_DISPUTE}(?:案件)?", weight=2),
            Form(before=rf"(?:成功(?:调解|调处|化解)|(?:调解|调处|化解)成功)[^，。；|]{{0,20}}?(?:等(?:各类)?{_DISPUTE}(?:案件)?"
                        rf"|{_DISPUTE}等)",
                 weight=3),
            Form(before=rf"(?:妥善)?(?:处置|处理)(?:了)?(?:各类|各种)?{_GAP}{_DISPUTE}(?:案件)?",
                 weight=1),
            Form(before=r"(?:已|均已|全部|共|有效|妥善)?(?:化解|调结|调解成功|调解结案)(?:到位)?", weight=1,
                 needs=r"纠纷|矛盾|调解|调处"),
            # "调解案件63件，成功61件"
            Form(before=r"(?<![\u4e00-\u9fff])成功", weight=1, needs=r"纠纷|矛盾|调解|调处"),
            Form(before=r"达成(?:调解)?协议(?:书)?的?", weight=1, needs=r"纠纷|矛盾|调解"),
            # "共调解纠纷164件，其中达成协议并成功的160件"
            Form(before=r"达成(?:调解)?协议并(?:调解成功|成功|履行(?:完毕)?)的?", weight=2, needs=r"纠纷|矛盾|调解"),
            Form(before=rf"达成(?:调解)?(?:协议|和解)(?:书)?(?:并履行(?:完毕)?)?的?(?:各类)?{_GAP}{_DISPUTE}(?:案件)?", weight=2),
            # "其中调解成功并签订调解协议书的139件"
            Form(before=r"(?:调解成功|成功调解)并(?:签订|达成|制作|出具)(?:了)?(?:人民)?(?:调解)?协议(?:书)?的?", weight=2,
                 needs=r"纠纷|矛盾|调解"),
            Form(after=rf"(?:各类)?{_DISPUTE}?(?:均|已|全部)*(?:被)?(?:(?:经|通过)(?:人民)?调解(?:后)?(?:当事人)?)?(?:(?:当场|限期|及时|当即|依法|顺利)(?:或|和)?)*(?:在[\u4e00-\u9fff]{{1,12}}?)?"
                       r"(?:得到|获得)?(?:成功|有效|妥善)?"
                       r"(?:化解|调解成功|调处成功|解决|调结|调处完毕|处理完毕|化解到位|调处到位|达成(?:调解)?协议|握手言和|达成和解)", weight=2,
                 needs=r"纠纷|矛盾|调解|调处"),
            Form(before=r"(?:化解|调解|调处)", after=rf"(?:各类|各种)?{_GAP}{_DISPUTE}", weight=2,
                 needs=r"化解|成功"),
            # "受理纠纷50件，全部调解成功": all of them were resolved
            Form(before=rf"(?:受理|排查|摸排|调处|调解|接待|收到|发生|登记|接收|接到)[\u4e00-\u9fff]{{0,6}}?{_DISPUTE}(?:案件)?",
                 then=r"^，?(?:经[^，。；]{1,10}?)?(?:已经|已|均已|全部|均|已全部|全部已|均已全部)+(?:得到|获得)?(?:调解成功|成功调解|化解|成功化解|调处成功|妥善化解|办结|息诉罢访"
                      r"|调处完毕|处理完毕|化解到位|调处到位|调结|妥善处置|妥善处理)"
                      r"(?:[，。；！]|$)",
                 weight=1),
        ),
        # (参与/协助: a helper's share, "法律顾问参与调处纠纷38件", unless it is the means: "通过…协助调处化解92件",
        # "经社区调委会和楼栋长协助调解达成协议的…")
        reject=r"信访|息访|积案|率|未|尚未|正在|隐患|风险|分中心|村级|镇级|试点|先行|诉前|委派|法院|律师|法律顾问|治安类?(?:纠纷|调解|案件)"
               rf"|^(?:(?!通过|经)[^|])*(?:参与|协助)|{_SETTLED_BY_ITSELF}",
        # ("另有区人民法院委派至中心的诉前调解案件93件，调解成功61件": the court's cases, set apart;
        # so is a bare count right after them: "承接法院诉前委派调解案件21件，调解成功16件")
        reject_sentence=r"另有[^。；]{0,20}?(?:诉前|委派|法院|法庭)"
                        r"|(?:诉前|委派|法院|法庭)[^。；，]{0,20}?\d+(?:件|起|宗)，[^，。；\d]{0,8}$",
        reject_then=_BARE_RESOLVED + "|" + _SHARE_OF_RESOLVED,
        activity=True,
        sum_levels=True,
        penalty=SUBSCOPE,
        penalty_weight=3.0,
    ),
    Rule(
        code="mediation_success_rate",
        keys=("率", "化解", "成功", "比例", "占比"),
        units=("%",),
        forms=(
            Form(before=r"(?:调解|化解|调处|调结|调解化解|纠纷化解|矛盾化解|纠纷调处|矛盾纠纷化解|纠纷调解)(?:成功|工作成功)?率",
                 weight=2),
            Form(before=r"(?:人民)?调解(?:协议)?达成率", weight=2),
            # "促成双方达成调解协议的比例为96.5%"
            Form(before=r"达成(?:调解)?协议(?:的)?(?:比例|比率|占比)", weight=2, needs=r"纠纷|调解"),
            Form(before=r"成功率", weight=1, needs=r"纠纷|调解|化解|调处"),
            Form(before=r"(?:调解|化解|调处)(?:的)?成功(?:的)?(?:矛盾纠纷|纠纷|案件)?(?:件数|数)?(?:比例|比率|比重|占比"
                        r"|占(?:全部|所有|全年)?(?:受理)?(?:的)?(?:矛盾纠纷|纠纷|案件|件数)?(?:总数|总量)?的?(?:比重|比例)?)",
                 weight=2),
            # "受理的纠纷中，成功调解的占98.2%": the share of the disputes that were resolved
            Form(before=r"成功(?:调解|化解|调处)(?:的)?(?:矛盾纠纷|纠纷|案件)?(?:件数|数)?(?:占比|占)", weight=2,
                 needs=r"纠纷|调解"),
            # the rate first: "98.2%的矛盾纠纷经调解成功化解"
            Form(after=r"的(?:各类)?(?:矛盾纠纷|纠纷|矛盾)(?:经调解|经调处)?(?:得到|实现|均)?(?:成功|有效|妥善)?(?:化解|调解成功|调处成功|调解|解决)"
                       r"(?![在于到])",  # "85%的纠纷化解在村一级" is where, not how many
                 weight=1),
        ),
        # (a village-level rate is a part's: "村级调解成功率97.9%" beside the town's and villages' counts,
        # from which the town-wide rate is worked out)
        reject=r"信访|息访|办结|持证|执法|参与|考试|及格|满意|知晓|覆盖|应诉|败诉|创建|回访|邻镇|邻乡|周边乡镇|兄弟乡镇"
               r"|村级|村（(?:居|社区)）级|社区级|各村|派出所|治安调解|公安"
               rf"|{_OTHER_TOWNS}",
        # (其中: a part's rate after the town's, "…达到99.1%，其中镇调委会调解成功率为100%")
        penalty=r"司法所|分中心|试点|十户长|网格员|其中",
        reject_sentence=r"信访|初信|初访|来信|来访",
        is_rate=True,
        integer=False,
        max_value=100,
        boost=r"全镇|全乡|全年|共|累计",
    ),
    Rule(
        code="mediators",
        keys=("调解员", "调解人员", "成员", "队员", "专职", "兼职", "调解工作", "调解队伍", "在册"),
        units=("名", "人", "位", "个人"),
        forms=(
            # "16个村调委会共有调解员83人，乡调委会专职调解员3人": the villages' committees' mediators
            Form(before=r"村(?:级|（社区）|（居）)?(?:人民)?(?:调解委员会|调委会)(?:共有|共|现有)?(?:配备|配齐|选聘|聘请)?了?(?:人民)?调解员",
                 weight=2, kind="村"),
            # full-time and part-time mediators listed side by side add up (kind)
            Form(before=r"(?<!兼)专职(?:的)?(?:人民)?调解员", weight=2, kind="专职"),
            Form(before=r"(?<!专)兼职(?:的)?(?:人民)?调解员", weight=2, kind="兼职"),
            # the town's and the villages' listed side by side add up: "镇专职调解员3名、村（社区）调解员62名"
            Form(before=r"(?:村|村级|村（社区）|村（居）|村居)(?:人民)?调解员", weight=2, kind="村"),
            Form(after=r"(?<!兼)专职(?:的)?(?:人民)?调解员(?!参加|参与|申请|培训)", weight=2, kind="专职"),
            Form(after=r"兼职(?:的)?(?:人民)?调解员(?!参加|参与|申请|培训)", weight=2, kind="兼职"),
            Form(before=r"(?:专职|兼职|专兼职|专业|专业化)?(?:的)?(?:人民)?(?:调解员|调解人员)(?:队伍)?(?:花名册)?(?:在册)?", weight=2),
            # "由3名专职和58名兼职人民调解员组成"
            Form(after=r"(?<!兼)专职(?=和|、|及|与)", needs=r"调解员", weight=2, kind="专职"),
            Form(after=r"(?:专职|兼职|专兼职|专业化|专业)?(?:的)?(?:人民)?调解员(?!参加|参与|申请|培训)", weight=2),
            Form(before=r"(?:成员|队员)", clause=r"调解员(?:队伍)?", weight=1),
            Form(before=r"从事(?:人民)?调解工作的", weight=1),
            # "建立由…组成的人民调解员队伍，现有在册人员143人"
            Form(before=r"(?:现有)?在册(?:人员|人数|成员)", needs=r"调解员", weight=1),
            # "人民调解队伍已壮大到153人"
            Form(before=r"(?:人民)?调解(?:员)?队伍", weight=1),
            # a list under the noun: "人民调解员：专职3人，兼职58人"
            Form(before=r"(?<!兼)专职", clause=r"调解员", weight=2, kind="专职"),
            Form(before=r"(?<!专)兼职", clause=r"调解员", weight=2, kind="兼职"),
            # (the items may be clauses of their own: "人民调解员：专职3名，兼职112名")
            Form(before=r"(?<!兼)专职", needs=r"调解员[：:]", weight=2, kind="专职"),
            Form(before=r"(?<!专)兼职", needs=r"调解员[：:]", weight=2, kind="兼职"),
            Form(after=r"(?:组成|构成)的(?:专兼职|专职|兼职)?(?:人民)?调解(?:员)?队伍", weight=2),
            # "97名分别在镇调委会和各村调委会担任人民调解员的同志"
            Form(after=r"[^，。；|]{0,24}?担任(?:专职|兼职|专兼职)?(?:人民)?调解员的(?:同志|人员|干部|群众)", weight=2),
            # "一支以…为骨干的百余人调解队伍"
            Form(after=r"的?(?:专兼职|专职|兼职)?(?:人民)?调解(?:员)?队伍", weight=1),
        ),
        # (the year's new recruits are not the whole team: "今年新聘用人民调解员8名")
        reject=r"申请|申报|报名|参加|参训|培训|考试|等级|评定|表彰|获评|评为|人次|新增|优秀|金牌|首席|调解案件|成功|"
               r"新(?:聘用?|选聘|选任|招募|吸纳|补充|充实)|专家库|人才库|智库|"
               r"退出|离任|调离|辞去|去世|免去|更换|补选|年龄|特邀"
               # a minimum for each ("各调委会均配备调解员3名以上"), not the town's total
               r"|各(?:村|社区|村（社区）|调委会|调解委员会)[^|]{0,4}?(?:均|都)",
        reject_clause=r"等级",
        penalty=r"其中|专职|兼职",
        penalty_weight=0.5,
        sum_kinds=True,
        # "镇调委会配备调解员5名，村（居）调委会配备调解员92名": 97
        sum_levels=True,
    ),
    Rule(
        code="mediation_committees",
        keys=("调解", "调委会", "村级", "镇级", "乡级"),
        units=("个", "家"),
        forms=(
            # the town's committee and the villages' listed side by side add up (kind)
            Form(before=r"(?<![全本我该各城])(?:乡|镇|街道)(?:级|里)?(?:另|还|另外)?(?:成立|设立|建立|组建|设|建有|设有)?(?:了)?"
                        r"(?:人民)?(?:调解委员会|调委会)",
                 weight=2, kind="乡镇"),
            # (居民区 in Shanghai, 居委会, 嘎查 in Inner Mongolia: the villages' level too)
            Form(before=r"(?:村|村级|居村|村居|村（社区）|村（居）|社区（村）|社区|居民区|居委会|嘎查)(?:人民)?(?:调解委员会|调委会)",
                 weight=2, kind="村"),
            # committees for a trade or a kind of dispute (物业, 交通事故, 企业…) are a kind of their own:
            # "建立镇调委会1个、村（社区）调委会25个，另设立矿山、交通2个专业调委会": 28
            Form(before=_TRADE_COMMITTEE, weight=2, kind="专业"),
            # ("人民调解组织网络：二十四个")
            Form(before=r"(?:人民)?调解(?:委员会|组织)(?:网络)?|调委会", weight=2),
            Form(after=r"(?:村级|村（社区）|村（居）|村居|村|社区|居民区|居委会|嘎查)(?:人民)?(?:调解委员会|调委会)", weight=2,
                 kind="村"),
            Form(after=r"(?<![全本我该各])(?:镇级|乡级|街道级?|镇|乡)(?:人民)?(?:调解委员会|调委会)", weight=2, kind="乡镇"),
            Form(after=_TRADE_COMMITTEE, weight=2, kind="专业"),
            Form(after=r"(?:村级|镇级|村（社区）|镇村两级)?(?:人民)?(?:调解委员会|调解组织|调委会)", weight=2),
            # (weighted above the plain noun forms, so that the level decides the kind)
            Form(after=r"(?:村级|村（社区）级?)", clause=r"调委会|调解委员会|调解组织", weight=3, kind="村"),
            Form(after=r"(?:乡级|镇级|街道级)", clause=r"调委会|调解委员会|调解组织", weight=3, kind="乡镇"),
            # a list under the noun: "调委会：镇级1个、村级16个"
            Form(before=r"(?:村级|村（社区）|村（居）|村)", clause=r"调委会|调解委员会|调解组织", weight=1, kind="村"),
            Form(before=r"(?:镇级|乡级|街道级|镇|乡)", clause=r"调委会|调解委员会|调解组织", weight=1, kind="乡镇"),
            Form(before=r"(?:行业性|专业性|区域性)+", clause=r"调委会|调解委员会|调解组织", weight=1, kind="专业"),
            Form(after=rf"{_VILLAGE}(?:均|全部|都|各)?(?:已)?(?:成立|建立|设立|组建|建成|设置)(?:了)?(?:村级|村)?(?:人民)?"
                       r"(?:调解委员会|调委会|调解组织)", weight=2, kind="村"),
        ),
        # (区域性/行业性/专业性 only in the figure's own list item: "村调委会23个、专业性调委会2个" keeps 23)
        # (各…一个: one per village, "七个村各设立村人民调解委员会一个")
        # (the weak ones singled out for help are some of them: "对…相对薄弱的9个村级人民调解委员会")
        reject=r"成员|主任|委员(?!会)|人次|换届|选举|金牌|评选|评为|薄弱|软弱|后进|新(?:成立|建立|组建|建|设立|设)|各(?:自)?(?:设立|成立|建立|组建|设|有)[^|]*\|",
        reject_clause=r"其中",
        # "调解组织有22个，包括镇调委会、19个村（社区）调委会以及…": the parts after a stated total
        penalty=r"包括",
        sum_kinds=True,
        # (or named before the villages' count: "镇和18个村（社区）均建立了人民调解委员会")
        town_one=r"(?<![村各每乡县区市])(?:镇|乡|街道|苏木)(?:级)?(?:设|设立|成立|建立|建有)?(?:了)?(?:人民)?(?:调解委员会|调委会)"
                 r"|(?<![村各每乡县区市\u4e00-\u9fff])(?:镇|乡|街道|苏木)(?:和|及|与|、)[\d一二三四五六七八九十两]+个(?:行政村|村|社区)",
        # (not the town's, the villages', a county body's or a whole class of them)
        named_one=r"(?:以及|[、和及与])(?P<name>(?![镇乡村各县市区省全居]|街道|苏木|社区|行业|专业)"
                  r"(?:(?![一二三四五六七八九十两百个级])[\u4e00-\u9fff]){2,10}?)(?:人民)?(?:调解委员会|调委会)(?![\d一二三四五六七八九十两]|的?(?:指导|工作|成员|主任))",
    ),
    Rule(
        code="legal_literates",
        keys=("明白人", "培养", "培育", "遴选", "选聘", "选树", "发展", "选出", "评选", "认定", "累计", "共计", "总计", "合计", "总数"),
        units=("名", "人", "个", "位", "个人"),
        forms=(
            Form(before=rf"{_LITERATE}(?:骨干|队伍|力量|花名册|在册|全镇|全乡|全街道|累计|现有|成员|人数|总人数|总数){{0,4}}", weight=2),
            # "深化“法律明白人”培养工程（132名，…）", "“法律明白人”培育工程：全镇在册三百余人"
            Form(before=rf"{_LITERATE}(?:培养|培育)(?:工程|行动)(?:（|[：:])(?:全镇|全乡|全街道)?(?:在册|现有|共有|共)?",
                 weight=1),
            Form(after=rf"(?:的)?{_LITERATE}", weight=2),
            # "已有312名群众经过培训成为“法律明白人”"
            Form(after=r"[\u4e00-\u9fff]{0,10}?成为(?:了)?法律明白人", weight=2),
            # "全镇共有412人获得“法律明白人”结业证书"
            Form(after=r"(?:村民|群众|居民)?(?:获得|取得|领取|领到)(?:了)?法律明白人(?:结业|培训|资格)?证书", weight=2),
            # "“法律明白人”培养工程覆盖全镇，累计培养186人"
            Form(before=r"(?:培养|培育|遴选|选聘|选树|发展|选出|评选|认定)(?:了)?", needs=_LITERATE, weight=1),
            Form(before=r"(?:全镇|全乡|全街道|全村)?(?:累计|共计|总计|合计|总数)", needs=_LITERATE, weight=1),
            Form(before=r"纳入(?:名录|名册|花名册)(?:管理)?的?", needs=_LITERATE, weight=1),
        ),
        # (training the literates themselves is a head count of them, "集中培训法律明白人213人", but
        # below a count of those cultivated, which may be fewer than the trainees)
        reject=r"人次|参加|考试|(?<!经)(?<!经过)培训(?!考核|并考核|并经考核|合格|法律明白人)|每|被评为|评为|获评|优秀",
        reject_clause=r"其中|每",
        penalty=r"培训(?=法律明白人)",
        penalty_weight=1.0,
    ),
    Rule(
        code="villages",
        keys=("村", "社区", "居委会", "居民委员会", "嘎查", "居民区", "牧委会", "牧民委员会"),
        units=("个",),
        forms=(
            Form(after=_VILLAGE, weight=1),
            Form(before=rf"(?:下辖|辖|管辖|辖区内?有?|共有|全镇|全乡|全街道)(?:嘎查村|嘎查|牧委会|行政村|村（社区）|村（居）委会|村（居）|村居|村社|村|社区)"
                        rf"{LINK}",
                 weight=1),
            # a bare 村 only as a list item of its own: "辖社区21个、村6个"
            Form(before=r"(?:嘎查村|嘎查|牧委会|行政村|建制村|涉农村|(?:牧业|牧区|农牧)村|社区|村（社区）|村（居）(?:民委员会)?|村居|村社|村委会|村委|居委会|村民委员会|居民委员会"
                        r"|居民区|(?<![\u4e00-\u9fff])村)", weight=0,
                 needs=r"辖|共有|共计|合计|总计|全镇|全乡|全街道|(?:本|我)(?:镇|乡|街道)|镇域|乡域|范围内"
                       r"|(?<![新增])设(?:有|立)?(?:居民区|社区|行政村|村)"
                       r"|(?:镇|乡|街道)(?:里|内)[^，。；]{0,12}?总数"),
            # a label and its figure in a data list: "行政村：18个；社区：1个"
            Form(before=r"(?<![\u4e00-\u9fff])(?:行政村|建制村|嘎查村|社区|村（社区）|村（居）|村居|村委会|居委会)[：:]",
                 weight=0),
        ),
        # (完成: "今年有8个村完成了村规民约修订" is some of them, unless all: "12个村全部完成换届")
        # ("在12个村的文化广场设立了法治宣传栏": the villages some work reached, not the town's villages)
        # ("来自邻近3个乡镇11个村的搬迁群众": villages of other townships)
        reject=r"(?<!全部)(?<!均)(?<!均已)(?<!全部已)(?<!都已)完成|(?<![存现实所])在\||对\||向\||乡镇\||来自|片区|自然村|村民小组|民小组|村民组|零信访|零案件|零发案|零上访|集体经济|收入|又有|获评|评为|被评|命名|(?:位|名)列其中|入选|入围|上榜|跻身|试点|试行|示范|创建|先行|重点|贫困|软弱涣散|薄弱|平安村|省级|市级|区级|县级|申报|正在",
        # some of the villages, the rest later: "…覆盖全镇12个村，其余村（社区）将在下一阶段陆续开展"
        # (no other figure between: "辖18个村、3个社区，…覆盖其中7个村，其余村…" keeps 18 + 3)
        reject_then=r"^[^。；0-9]*?其余(?:的)?(?:各)?(?:村|社区|行政村)",
        reject_clause=r"其中",
        boost=r"辖|全镇|全乡|全街道|全部|所有|共有|各村|覆盖",
        anywhere=True,
        sum_kinds=True,
    ),
    Rule(
        code="publicity_events",
        keys=("宣", "普法", "讲", "活动", "演", "展", "放映", "晚会", "文艺", "集市", "课", "送法", "院坝", "坝坝", "板凳",
              "屋场", "火塘", "田坎"),
        units=("场次", "场", "次", "期", "轮", "堂", "讲"),
        one_event_counts=True,
        forms=(
            Form(before=r"(?:普法|法治|法律|宪法|民法典|安全|禁毒|反诈|主题)?(?:宣传|宣讲|普法)(?:教育)?(?:日|周|月)?(?:活动|宣讲)",
                 weight=2),
            Form(before=r"(?:法律|法治|普法|法制)(?:知识)?(?:讲座|讲堂|宣讲|课堂|大讲堂)", weight=2),
            Form(before=r"(?:普法|法治|法律)(?:宣传|宣讲)(?:教育)?(?:活动)?", weight=2),
            Form(before=r"(?:进|下乡|赶大集|集市|进村|入户|到村)[\u4e00-\u9fff]{0,4}?活动", weight=2),
            # (a list of places: "送法进村入户、进校园、进茶园二十余场")
            Form(before=r"(?:普法|法治|法律|送法)(?:宣传)?(?:进|下)[\u4e00-\u9fff]{1,4}?(?:（[\u4e00-\u9fff]{1,3}）)?"
                        r"(?:、进[\u4e00-\u9fff]{1,4}?)*(?:活动)?", weight=2),
            Form(before=r"(?:普法|法治|法律)[\u4e00-\u9fff]{0,12}?(?:宣传|宣讲|讲座|活动|演出|展演|放映|巡演|展览|晚会|文艺|集市|直播)"
                        r"(?:会|活动|进[\u4e00-\u9fff]{1,4}?(?:活动)?)?", weight=1),
            # ("共举办了28场“以案释法”法治讲座")
            # (after how it was held: "48场次双语普法宣讲", "30场集中法治宣传")
            Form(after=r"的?(?:以案(?:释法|说法|普法|讲法))?(?:双语|集中|专题|主题|巡回|流动|入户|线上|线下)?"
                       r"(?:普法|法治|法律|宪法|民法典|送法)[\u4e00-\u9fff]{0,8}?(?:活动|讲座|宣讲|宣传)", weight=2),
            # a list entry: "4.普法宣传：开展活动31场次"
            Form(before=r"(?:普法|法治|法律)(?:宣传)?(?:教育)?(?:数据|情况)?(?:为)?[：:](?:开展|举办|组织)?(?:各类)?(?:宣传|普法|宣讲)?"
                        r"(?:活动|讲座|宣讲)",
                 weight=2),
            # a list under the noun: "普法讲座：镇级8场，村级36场"
            Form(before=r"(?:镇级|乡级|村级|街道级|社区级|村（社区）级?)", clause=r"普法|宣传|讲座|法治", weight=1),
            # "组织开展了42场次“法治进乡村”“法律进校园”“法治赶大集”等主题普法活动"
            Form(after=r"[\u4e00-\u9fff、]{2,40}?等(?:主题|各类|系列|形式)?(?:普法|法治|法律)(?:宣传)?(?:活动|宣讲|讲座)",
                 weight=1, needs=r"法"),
            # "…“禁毒宣传进渔村”等宣传共62场", "走村入户宣讲法律知识共27场次"
            Form(before=r"等(?:各类|集中|主题)?(?:普法|法治|法律)?(?:(?:宣传|宣讲)(?:教育)?(?:活动)?|活动)", weight=1, needs=r"法"),
            Form(before=r"巡回(?:宣讲|宣传|演出|讲座)", weight=1, needs=r"法"),
            Form(before=r"以案(?:释法|说法|普法|讲法)(?:活动|讲座|宣讲|宣传)?", weight=1),
            # "举办农家小院普法会三十二场", "“法治院坝会”…召开三十八场" (the gatherings of the village's
            # own kinds: 院坝会, 坝坝会, 板凳会, 屋场会, 火塘会)
            Form(before=r"(?:普法|法治)(?:教育)?(?:院坝|坝坝|板凳|屋场|火塘|田坎|夜话)?(?:会|大会|夜校|微?课堂|微?讲堂|集市|课)",
                 weight=1),
            # (or named alone with the law said around them: "召开以法治为主题的屋场会22次")
            Form(before=r"(?:院坝|坝坝|板凳|屋场|火塘|田坎)(?:会|大会|课堂|夜话)", weight=1, needs=r"法"),
            # "组织“坝坝会”普法14场次", "摆设普法摊档三十六场次"
            Form(before=r"普法(?:摊档|摊位|专场)?", weight=1),
            # the lectures of a series: "“法治夜校”在各村轮流开课20讲", "“法治大讲堂”课程十二讲"
            Form(before=r"(?:夜校|讲堂|课堂|讲座)[\u4e00-\u9fff]{0,8}?(?:开课|开讲|课程|授课)", weight=1, needs=r"法"),
            # "依托乡村法治夜校，全年共举办讲座三十四期"
            Form(before=r"(?:举办|开展|开设)(?:了)?(?:各类)?讲座", weight=1, needs=r"法治|法律|普法"),
            # "开展…主题宣讲，共计宣讲二十九场次", "开展流动宣传四十余次"
            Form(before=r"(?:流动|集中|上门|入户)?(?:宣讲|宣传)", weight=1, needs=r"法"),
            Form(before=r"(?:宣讲|讲解|宣传)(?:法律|法治)(?:知识|政策)?", weight=1),
            # a named campaign about the law: "开展“以案释法”活动12场"
            Form(before=r"(?:开展|举办|组织)[\u4e00-\u9fff]{0,8}?法[\u4e00-\u9fff]{0,8}?活动", weight=1),
        ),
        # (a publicity van counts its trips, unless it is only the means of an event the figure
        # counts: "利用…流动宣传车开展双语普法宣讲32场次")
        reject=r"咨询|学法|中心组|会前|考试|执法检查|走访|巡查|人次|每|出动|宣传车(?![^|，]{0,12}?(?:开展|举办|组织))",
        activity=True,
        sum_levels=True,
        sum_kinds=True,
        penalty=r"干部|领导|班子|机关|法律顾问|律师|其中|书记|镇长|乡长|主任",
        penalty_weight=1.0,
    ),
    Rule(
        code="publicity_materials",
        keys=("资料", "材料", "手册", "读本", "宣传", "彩页", "折页", "单页", "册子", "书籍", "明白纸", "发放", "派发", "分发", "印发", "赠送", "散发", "发送", "送出", "漫画", "赠阅", "挂图", "单行本"),
        units=("份", "册", "本", "张", "套", "件"),
        one_event_counts=True,
        forms=(
            Form(before=r"(?:宣传|普法|法治|法律)[\u4e00-\u9fff、]{0,8}?(?:资料|材料|手册|读本|宣传单|彩页|折页|单页|册子|"
                        r"书籍|明白纸|明白卡|口袋书|挂图|单行本|宣传品|宣传册|画册|宣传画|漫画|实物|用品)(?:等)?(?:累计|共计|共)?"
                        r"(?:发放|派发|分发|发出|送出|赠送|散发)?(?:了)?", weight=2),
            Form(before=r"(?:发放|派发|分发|印发|赠送|赠阅|散发|发送|送出)[\u4e00-\u9fff、]{0,16}?(?:资料|材料|手册|读本|宣传单|挂图|单行本|明白卡|"
                        r"宣传册|彩页|折页|单页|明白纸|宣传品|书籍|物品|用品)(?:等)?", weight=2),
            Form(before=r"(?:发放|派发|分发|印发|赠送|散发)[\u4e00-\u9fff、]{0,16}?", weight=1),
            # the second item of a list under one verb: "印制发放《民法典》图解手册6800册、反诈明白纸1.5万张"
            Form(before=r"(?:资料|手册|读本|读物|宣传单|彩页|折页|单页|明白纸|明白卡|口袋书|挂图|画册|宣传册|漫画|书籍|宣传品)",
                 clause=r"发放|印发|派发|分发|赠送|赠阅|散发|印制|发出", weight=1),
            # "分发闽南语普法手册、防范电信网络诈骗宣传单、海上安全生产明白卡等9600余份"
            Form(before=r"(?:发放|派发|分发|印发|赠送|赠阅|散发)[^，。；|]{2,48}?等(?:各类|普法|宣传)?(?:资料|材料|宣传品)?", weight=1,
                 needs=r"宣传|普法|法治|法律",
                 reach=60),
            Form(after=r"(?:各类|各种)?(?:普法|法治|法律|宣传)[\u4e00-\u9fff]{0,6}?(?:资料|材料|手册|读本|宣传单|宣传册|"
                       r"彩页|折页|明白纸|宣传品)", weight=2),
        ),
        # (materials the town received: "从县司法局领取…宣传资料6000余份")
        # (not what describes the items: "印有法治标语的实用宣传品")
        # printed but still to be handed out: "印制…宣传资料5000份，计划于明年春节前分发到各村"
        reject_then=r"^[^。；]*?(?:计划|拟|准备|将于|将在)[^。；]{0,12}?(?:发放|分发|派发|下发|发到|送到)",
        # (and what the town was given, not what it handed out: "县司法局下发给我镇的普法资料共5000份")
        reject=r"张贴|悬挂|标语(?!的)|横幅|海报|展板|文书|问卷|慰问|意见书|法律意见|合同|报纸订阅|补贴|证书|证件|奖|文件|审查|公文"
               r"|(?:下发|配发|发放|赠送|送|分配)给(?:我镇|本镇|我乡|本乡|镇里|乡里|我街道|本街道)"
               r"|向(?:我镇|本镇|我乡|本乡|我街道)(?:下发|配发|赠送|调拨)"
               r"|从[\u4e00-\u9fff]{1,10}?(?:领取|领回|申领|调拨)",
        activity=True,
        sum_kinds=True,
    ),
    Rule(
        code="people_reached",
        keys=("受", "覆盖", "惠及", "辐射", "触达", "听众", "观众", "现场", "到场", "到课", "教育", "参与", "参加", "吸引", "观看", "收看", "接受", "听讲", "听课", "聆听", "听取", "观影", "观演", "了解", "驻足"),
        units=("人次", "人", "名", "余人"),
        one_event_counts=True,
        forms=(
            Form(before=r"(?:受教育|受益|受众|教育|覆盖|惠及|辐射|触达|听众|观众|现场|到场|到课|观看|收看|听讲|听课|观影|观演)(?:的)?(?:辖区|全镇|全乡|全街道|广大|周边|各族|各界|赶集|过往)?"
                        r"(?:居民群众|村民群众|农牧民群众|牧民群众|渔民群众|群众|人员|人群|干部群众|人|师生|学生|村民|居民|农牧民|牧民|渔民|农民|党员群众|青少年|企业职工|职工|游客|市民)?"
                        # (and a list of others: "惠及辖区居民、商圈商户和物业从业人员约4.6万人次")
                        r"(?:[、和及与][\u4e00-\u9fff]{1,6}?){0,3}(?:面|人数|总数)?",
                 weight=2),
            Form(before=r"(?:参与|参加|吸引)(?:活动|宣传|讲座)?(?:的)?(?:群众|人员|干部群众|人群|人数|村民|居民|农民|牧民|师生|学生|青少年)?", weight=1,
                 needs=r"宣传|普法|讲座|法治|法律|活动"),
            Form(before=r"(?:群众|干部群众|居民|村民|师生)(?:参与|参加)(?:人数)?", weight=1),
            # "现场观看法治文艺演出的群众累计4300余人次"
            Form(before=r"(?:观看|收看|聆听|听取|听讲|参加|参与|接受|领取|了解|驻足)[^，。；|]{0,12}?的(?:[\u4e00-\u9fff]{1,2}?)?"
                        r"(?:群众|居民|村民|干部群众|师生|观众)", weight=2,
                 needs=r"宣传|普法|讲座|法治|法律|活动|演出"),
            # ("让约3.4万人次群众在家门口就能接受法治教育", "实现了一万八千人次以上的群众覆盖")
            Form(after=r"(?:群众|干部群众|人)?(?:次)?的?(?:群众)?(?:直接|切实|普遍)?(?:在[^，。；|]{1,10}?(?:中|就能|便能|即可))?(?:现场)?(?:受益|受教育|受到(?:了)?(?:法治|普法)?教育|参与|参加|听讲|聆听|收听|观看|接受|覆盖)", weight=2,
                 needs=r"宣传|普法|讲座|法治|法律|活动"),
        ),
        # cadres sent to training are not the public reached ("干部120人参加法治培训"), nor are people
        # who help mediate ("吸纳乡贤30名参与调解")
        reject=r"咨询|考试|考法|学法|走访|调解员|(?<!谁)执法|参训|培训|明白人|律师|法律顾问|干部(?!群众)|公职人员|党员干部"
               r"|(?:参与|参加|协助)(?:矛盾)?(?:纠纷)?(?:调解|调处|化解)",
        activity=True,
    ),
    Rule(
        code="legal_consultations",
        keys=("咨询", "问询", "问法", "问题", "疑问", "难题", "疑惑", "答疑", "释疑", "法律意见", "释法", "提问"),
        units=("次", "人次", "场次", "件", "件次", "条", "个", "批", "人", "名", "位"),
        one_event_counts=True,
        forms=(
            Form(before=r"(?:解答|接待|提供|受理|答复|回复|开展|接受|接听)?[\u4e00-\u9fff]{0,4}?(?:咨询|问询)(?:法律)?(?:的)?(?:服务|问题|事务|群众|人员|电话|来电)?",
                 weight=2),
            Form(after=r"的?(?:法律|群众|法律问题)?咨询", weight=2),
            # the people who asked, then where and how: "为320名群众提供法律咨询",
            # "全年有415人次群众到镇公共法律服务站进行法律咨询"
            Form(after=r"(?:次)?的?(?:群众|村民|居民|来访群众|当事人|市民)[^，。；|]{0,24}?(?:提供|进行|寻求|接受|前来|来)?(?:了)?"
                       r"(?:免费的?)?(?:(?:法律|涉法)(?:咨询|问题咨询)|咨询法律)", weight=1),
            # "到…当面咨询婚姻家庭、土地承包等法律问题的群众共有264人次"
            Form(before=r"(?:咨询|问法)[^，。；|]{0,24}?(?:问题|事项)?的(?:群众|村民|居民|当事人|人员)", weight=1),
            # "接待群众来访咨询420余人次，其中涉法咨询268人次": the legal ones are the figure
            Form(before=r"(?:涉法|涉法涉诉|法律)(?:问题)?咨询", weight=3),
            # "现场接受群众问法三百余次"
            Form(before=r"(?:接受|接待|解答)?(?:群众|村民|居民)?问法", weight=1),
            # "由驻镇律师现场为群众解疑释法87次"
            Form(before=r"(?:解疑释法|释法解疑|答疑释法|释法答疑|释法解惑|解惑释法)", weight=1),
            Form(before=r"(?:解答|答复|回答|解决)[\u4e00-\u9fff]{0,4}?(?:法律)?(?:问题|疑问|难题|疑惑|提问)", weight=1),
            # "为村民解答土地流转、赡养扶养等方面的法律疑问九十六次"
            Form(before=r"(?:解答|答复|回答)[^，。；|]{0,20}?(?:等|方面的)法律(?:问题|疑问|难题|疑惑|咨询)", weight=1),
            # "群众问及土地、婚姻等法律问题二百七十多个"
            Form(before=r"问及[\u4e00-\u9fff、]{0,12}?(?:法律)(?:问题|疑问|难题)", weight=1),
            # "全年解答群众提出的法律问题231个"
            # (with the kinds listed: "解答群众提出的婚姻、土地、劳资等法律问题四百二十余个")
            Form(before=r"(?:解答|答复|回答)(?:群众|村民|居民)(?:提出|咨询|反映)的(?:[\u4e00-\u9fff、]{1,12}?等)?(?:法律)?"
                        r"(?:问题|疑问|难题|疑惑)", weight=1),
            Form(before=r"提供法律(?:意见|建议)(?:和建议|和意见)?", needs=r"群众|来访|村民|居民", weight=1),
            # only with a legal word in the sentence: "律师现场答疑解惑150余人次" (bare 答疑解惑 may be anything)
            Form(before=r"(?:解答|答复|回答)(?:了)?", after=r"(?:法律|涉法)(?:问题|疑问|难题|疑惑)", weight=1),
            Form(before=r"(?:答疑|释疑)(?:解惑|释惑|解难|解疑|释法)?", weight=1, needs=r"法律|法治|普法|律师|法律顾问|司法所"),
        ),
        # (the city hotline's calls are about everything: "12345热线全年接听居民来电咨询4800余个")
        reject=r"援助案件|率|查询|村务|政务|办事|心理|12345|市长热线|便民热线",
        activity=True,
    ),
    Rule(
        code="litigation_cases",
        keys=("诉", "复议", "被告", "被申请人", "行政争议", "行政案件"),
        units=("件", "起", "宗", "例", "个", "次"),
        forms=(
            Form(before=r"行政(?:诉讼|复议|应诉)(?:[、和及与]行政(?:诉讼|复议|应诉)|[、和及与](?:诉讼|复议|应诉))*(?:应诉)?(?:案件|申请|答复|答辩)?"
                        r"(?:(?:答复|答辩)(?:案件)?)?",  # "行政复议答复案件1件"
                 weight=2),
            Form(before=r"(?:行政)?应诉的?(?:行政)?(?:案件)?", weight=2),
            Form(before=r"涉诉(?:行政)?案件|行政涉诉案件|涉诉涉复议(?:行政)?案件|涉复议涉诉(?:行政)?案件", weight=1),
            # the town as a party: "处理涉镇行政案件11件（诉讼8件、复议3件）"
            Form(before=r"涉(?:镇|乡|街道)(?:的)?行政(?:诉讼|复议|争议)?案件", weight=2),
            # "以镇政府为当事人的行政争议案件六件（诉讼四件、复议二件）"
            Form(before=r"行政争议(?:案件)?", weight=2),
            Form(before=r"被[\u4e00-\u9fff]{0,6}?(?:诉|起诉|提起行政诉讼)(?:至[\u4e00-\u9fff]{0,4}?法院)?(?:的)?(?:行政)?案件",
                 weight=2),
            # "被申请行政复议的有1件"
            Form(before=r"被申请(?:行政)?复议的?(?:行政)?(?:案件)?", weight=2),
            # "我镇作为复议被申请人、诉讼被告的案件共2件"
            Form(before=r"(?:被告|被申请人)[^，。；|]{0,8}?的?(?:行政)?案件", weight=2),
            Form(before=r"(?:成为|作为)(?:行政)?(?:诉讼|复议)?(?:被告|被申请人)", weight=2),
            # "被提起行政诉讼和申请行政复议的案件共两件"
            Form(before=r"(?:行政诉讼|行政复议)[^，。；|]{1,10}?的(?:行政)?案件", weight=2),
            Form(after=r"(?:行政)?(?:诉讼|复议|应诉)(?:[、和及与](?:行政)?(?:诉讼|复议|应诉))*(?:案件)?", weight=1,
                 needs=r"行政"),
        ),
        reject=r"(?<!无一)(?<!没有)(?<!零)败诉|率|民事|刑事|法律援助|涉法涉诉|信访|(?:协助|帮助|指导|代)群众|出庭(?![\u4e00-\u9fff]{0,5}的?(?:行政)?案件)|送达(?!的(?:行政)?(?:诉讼|应诉)?(?:案件|起诉状))|文书",
        activity=True,
        reject_clause=r"其中",
        sum_kinds=True,
    ),
    Rule(
        code="study_sessions",
        keys=("学", "中心组", "讲座", "培训", "讲堂"),
        units=("次", "场", "期", "场次", "轮", "堂"),
        forms=(
            # the two kinds of leadership law study, which add up when listed side by side
            # ("中心组专题学法4次，常务会议会前学法10次": 14)
            Form(before=r"中心组[\u4e00-\u9fff]{0,6}?(?:集中|专题)?(?:学法|(?:法治|法律)(?:专题)?学习"
                        r"|学习[\u4e00-\u9fff]{0,20}?(?:法治思想|法律法规|宪法|民法典|法|条例)"
                        # "中心组围绕习近平法治思想开展专题学习4次"
                        r"|[\u4e00-\u9fff]{0,10}?(?:法治思想|法律法规|宪法|民法典)[\u4e00-\u9fff]{0,4}?(?:专题|集中)?学习)"
                        r"(?:会议|活动|会)?",
                 weight=3, kind="中心组", reach=48),
            Form(before=r"(?:会前|议题前|(?:常务|党委|党政联席|办公|镇长办公|乡长办公)会(?:议)?上?)学(?:法|习法律法规|习法律)",
                 weight=3, kind="会前"),
            # sessions named as law study outrank study sessions in general
            # ("中心组学习24次，其中专题学法6次": 6)
            # (the cadres' own sessions are a third kind: "中心组学法4次、镇机关干部职工集中学法9次": 13)
            Form(before=r"(?:集中|专题|会前|集体)?学法(?:用法|考法|守法)?(?:专题)?(?:活动|会议|例会|会|讲座|日|课堂|讲堂)?", weight=3,
                 kind="干部"),
            Form(before=r"(?:集中|专题|会前|集体)学习(?:法律法规|法律知识|法规|法律|党内法规)(?:活动|会议|会)?", weight=2),
            Form(before=r"(?:理论)?(?:学习)?中心组(?:学习)?(?:法律法规|法律知识|法律|法规)(?:专题)?(?:会议|会)?", weight=2),
            Form(before=r"(?:集中|专题|会前|集体)学习(?:活动|会议|会)?", weight=1),
            Form(before=r"(?:理论)?(?:学习)?中心组(?:学习)?(?:专题)?(?:会议|会)?", weight=1),
            Form(before=r"(?:法治|法律)(?:知识)?(?:专题)?(?:学习|培训|学习培训)(?:研讨|交流)?(?:会|班)?", weight=1),
            Form(before=r"(?:法治|法律)(?:知识|专题)?(?:讲座|大?讲堂)", weight=1, needs=r"干部|领导|班子|公职人员|机关"),
            # "政府常务会议议题前安排学法环节，全年学习法律法规十六次"
            Form(before=r"学习(?:法律法规|法律|宪法|民法典)", weight=1, needs=r"会前|议题前|常务会|党委会|中心组|学法"),
            # "专题学习习近平法治思想6次": what was studied is the law
            # ("集中学习《民族区域自治法》等法律十二次")
            Form(before=r"(?:集中|专题|会前|集体)学习[^，。；]{0,16}?(?:法治思想|法律法规|法律知识|宪法|民法典|法典|法规|条例|法)"
                        r"(?:等)?(?:内容|法律法规|法律|法规)?",
                 weight=1, reach=40),
            Form(before=r"学习[^，。；]{2,60}?(?:共计|共|累计|合计)", weight=0, reach=70),
            Form(before=r"中心组(?:集中|专题)?学习[^，。；]{2,40}?等(?:内容|法律法规)?", weight=1, reach=50),
            Form(after=r"(?:集中学法|专题学法|学法|法治讲座)", weight=3),
            Form(after=r"(?:集中学习|专题学习)", weight=1),
        ),
        # (the county's own study group: "县委理论学习中心组全年开展集中学法10次，我镇…列席")
        # (cadres sent to the county's party school are trained there, not studying at the town:
        # "参加县委党校举办的法治专题培训班3期")
        reject=r"宣传|群众|考试|考法|咨询|人次|每|普法|(?:县委|区委|市委|旗委|县政府|区政府|市政府)(?:理论学习)?中心组[^|]*\|"
               r"|(?:县委|区委|市委|旗委|县|区|市|省委|省)党校"
               # (the training of grid staff is not the leadership's law study)
               r"|网格员",
        activity=True,
        sum_kinds=True,
    ),
    Rule(
        code="petitions_handled",
        keys=("信访", "初信", "来信", "来访", "上访", "办结", "结案", "办理完毕", "答复", "终结"),
        units=("件", "起", "宗", "批", "个", "次", "件次"),
        forms=(
            Form(before=rf"(?:初信初访|{_PETITION}|来信来访|群众来信|网上信访|上访)[\u4e00-\u9fff]{{0,4}}?"
                        r"(?:办结|结案|办理完毕|答复)(?:的)?", weight=2),
            Form(before=rf"(?:办结|结案|办理完毕)[\u4e00-\u9fff]{{0,6}}?(?:初信初访|{_PETITION}|来信来访|来访|来信)(?:事项|案件|件)?"
                        r"(?:(?:及|和|、)[\u4e00-\u9fff]{0,4}?(?:信访|来访|来信)(?:件|事项|案件)?)?",
                 weight=2),
            # (the noun may come first: "信访事项受理78件，已全部按期办结")
            Form(before=rf"(?:受理|接待|收到|登记)?[\u4e00-\u9fff]{{0,6}}?(?:初信初访|{_PETITION}|来信来访|来访|来信)"
                        r"(?:事项|案件|件)?(?:受理|登记|收到|接收)?",
                 then=r"^，?(?:截至|截止到?)?(?:年底|年末|目前|12月底)?(?:均|已经|已|全部|均已|已全部|全部已)+"
                      # ("已按程序全部办结")
                      r"(?:(?:按期|按时|及时|依法|依规|按程序|依程序|按规定|在[\u4e00-\u9fff]{2,8}?内)(?:全部|均)?)*(?:(?:办结(?:完毕|到位)?|办理完毕|办理完结|处理完毕|结案|出具(?:处理|答复)意见|(?:书面|及时|逐一|依法)?答复)"
                      r"(?:信访人|当事人|群众)?(?:并|和|、)?)+"
                      # (a note may follow: "已全部办结（其中网上信访41件）")
                      r"(?:[，。；！（]|$)",
                 weight=1),
            # (信访 as the petitions, not the office: "综治中心整合司法所、信访办…，办结3791件" are 诉求)
            # ("…已依法作出处理意见并办结的有68件")
            Form(before=r"(?:已|均已|全部|共)?(?:按程序)?(?:办结|结案|办理终结|终结)(?:销号)?(?:的)?", weight=1,
                 needs=r"信访(?!办|局|室|干部|工作人员)|来访|初信|来信"),
            Form(before=rf"办理[\u4e00-\u9fff]{{0,6}}?(?:初信初访|{_PETITION}|来信来访)", weight=1),
            # "累计完成信访事项办理47件"
            Form(before=rf"完成(?:初信初访|{_PETITION})(?:的)?办理", weight=1),
            Form(after=rf"(?:群众)?(?:{_PETITION}|初信初访)(?:在[\u4e00-\u9fff]{{1,8}}?)?(?:已|均|全部|按期|依法|及时)*"
                       r"(?:办结|结案|办理完毕)", weight=2),
            # "全年受理信访事项12件，12件全部办结"
            # "使全年登记的信访事项有五十五件得以办结"
            Form(after=r"(?:得以|得到)(?:按期|依法|及时)?(?:办结|结案|办理完毕)", weight=1, needs=r"信访|来访|来信"),
            # ("信访事项中有57件已按程序办结")
            Form(after=r"(?:已|均|全部)+(?:按期|按时|及时|按程序|依法|依规)*(?:办结|结案|办理完毕)", weight=1, needs=r"信访|来访|来信"),
        ),
        # (包案: the cases a leader took on himself, some of them)
        reject=r"率|息访|积案|未|正在|尚在|仍在|包案|化解(?!办结)",
        # what is concluded is the count of other requests right before it: "…登记各类事件诉求3847件，办结3791件"
        # (not "受理群众诉求216件，其中信访事项89件已全部结案")
        reject_sentence=r"(?:事件|诉求|工单)\d+(?:(?!信访|来信|来访)\D)*$",
        activity=True,
    ),
)

RULES_BY_CODE: dict[str, Rule] = {r.code: r for r in RULES}

# The reason attached to a candidate that lost, by cause.
NOTE_REJECT = "rejected: “{word}”"
NOTE_SECTION = "in the {section} section"
NOTE_LOWER = "lower score than the chosen figure"
NOTE_SMALLER = "same score, smaller than the chosen figure"
NOTE_UNTOLD_PART = "a part (其中…) of a whole the sentence does not give"
NOTE_SAME = "the same figure stated again"
NOTE_LATER = "same score, later in the text"
NOTE_PENALTY = "sub-count or pilot (“{word}”)"
NOTE_DERIVED = "derived: resolved ÷ received × 100"
NOTE_INCONSISTENT = "more than the resolved figure allows"
NOTE_SUMMED = "summed with adjacent figures"
NOTE_TOWN_ONE = "plus one: the town's own committee, named in the same sentence without a count"
NOTE_NAMED_ONE = "plus one: {name}, named in the same list without a count"

__all__ = ["COMMUNITY_SORT", "FUTURE", "GLOBAL_REJECT", "LINK", "MULTI_YEAR", "RULES", "RULES_BY_CODE", "SUBSCOPE", "Form", "Rule"]
