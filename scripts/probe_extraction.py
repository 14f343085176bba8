"""Invented probes of the entity extractor: how many invented names, bodies, places and events it
finds in the frames a city paper writes them in, and what it finds in sentences that name none.

    .venv/bin/python scripts/probe_extraction.py            # every probe, one line of figures each
    .venv/bin/python scripts/probe_extraction.py --misses   # and what each probe missed

Everything here is invented (names built from common surnames and given-name characters with a
fixed seed; bodies and places of an imaginary 南川市 and 北山县); nothing comes from the gold pages
or the held-out set. A probe, not a test: its figures say where the rules stand and which frame
to look at next (docs/measurements.md, session 7); the tests pin single behaviours.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from people.extraction import ORGANISATION, PERSON, PLACE, extract

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂玉华红建文辉力国"
    "春梅林波斌宇浩凯鹏飞雪琳晶俊峰云海东志新利清亮成"
)
# given-name characters that also end bodies or places, or start verbs (会民, 镇宇, 有才, 港生)
GIVEN_HARD = "会心园群镇有港科生月日年金山水石德福贵才荣昌盛永"

NAME_FRAMES = (
    "县长{}主持会议。",
    "{}说，今年的收成不错。",
    "区委书记{}、区长王某出席。",
    "村民{}告诉记者，",
    "记者从市教育局获悉，局长{}介绍，",
    "会议由{}主持。",
    "{}表示，将继续努力。",
)
SENTENCE_FRAMES = (
    "{a}、{b}、{c}等参加活动。",
    "参加活动的有{a}、{b}和{c}。",
    "{a}和{b}一起来到现场。",
    "获奖者{a}激动地说，",
    "{a}（左）与{b}交流。",
    "{a}同志任南川市副市长。",
    "82岁的{a}老人说，",
    "{a}在会上指出，",
    "据{a}介绍，",
    "“{a}，快来！”",
    "{a}的女儿{b}今年考上了大学。",
    "{a}，男，1965年出生。",
    "记者 {a} 通讯员 {b}",
    "{a}被评为“南川好人”。",
)
# Who a person is, printed before or after the name (session 8): kinds of people, a family.
KIND_FRAMES = (
    "老党员{}今年80岁了。",
    "退休教师{}说，",
    "快递小哥{}每天要送200多件快递。",
    "“90后”姑娘{}回乡创业。",
    "{}同志长期从事教育工作。",
    "环卫工人{}早上5点就开始工作。",
    "驻村第一书记{}带领村民种植花椒。",
    "种粮大户{}算了一笔账。",
    "{}一家三口来到公园。",
    "致富带头人{}介绍，",
    "市民{}在家门口就能办事。",
    "“最美教师”{}扎根乡村20年。",
    "获奖选手{}表示，",
    "{}是东关村的一名普通村民。",
    "患者家属{}送来锦旗。",
    "大学生村官{}说，",
    "非遗传承人{}正在展示技艺。",
    "{}（右）正在查看麦苗长势。",
    "记者见到{}时，他正在地里忙碌。",
    "在{}的带领下，村里修了路。",
)
BODIES = [
    "南川市第一人民医院",
    "北山县人民医院",
    "南川市实验中学",
    "北山县东关镇中心小学",
    "中国农业银行南川分行",
    "国网南川供电公司",
    "南川市公安局东城分局",
    "东关派出所",
    "王家村村委会",
    "王家村党支部",
    "市妇联",
    "团市委",
    "市总工会",
    "市文联",
    "市残联",
    "市红十字会",
    "市慈善总会",
    "南川市丰收种植专业合作社",
    "北山县东关镇卫生院",
    "东城街道社区卫生服务中心",
    "北山县人民法院",
    "南川市人民检察院",
    "北山县消防救援大队",
    "南川日报社",
    "南川市红星幼儿园",
    "南川职业技术学院",
    "南川市农业农村局",
    "北山县教育局",
    "南川市城市管理局",
    "南川宏达实业集团有限公司",
    "南川市中医院",
    "南川市图书馆",
    "南川市博物馆",
    "南川市税务局",
    "北山县供销社",
    "南川市住房公积金管理中心",
    "南川市疾病预防控制中心",
    "南川市气象局",
    "北山县发展和改革委员会",
    "南川市政协",
    "北山县人大常委会",
    "南川市纪委监委",
    "南川市委组织部",
    "南川市委宣传部",
    "北山县委统战部",
    "南川市人民政府办公室",
    "东关镇人民政府",
    "东城区人民政府",
    "南川市工商联",
    "南川市科协",
    "南川市侨联",
    "南川市作家协会",
    "南川市书法家协会",
    "南川市个体劳动者协会",
    "南川市第二中学",
    "南川一中",
    "南川市外国语学校",
    # (session 8: more of a city's bureaus, courts, schools, companies, associations)
    "北山县住房和城乡建设局",
    "南川市市场监督管理局",
    "南川市公安局交通警察支队",
    "南川市交警支队",
    "南川市消防救援支队",
    "南川市中级人民法院",
    "南川市生态环境局北山分局",
    "东关镇党委",
    "东关镇政府",
    "南川市妇幼保健院",
    "南川市第三人民医院",
    "南川师范高等专科学校",
    "南川大学",
    "南川市实验小学",
    "中国银行南川分行",
    "南川农商银行",
    "中国移动南川分公司",
    "南川市烟草专卖局",
    "南川市退役军人事务局",
    "南川市医疗保障局",
    "南川市文化广电和旅游局",
    "南川市人力资源和社会保障局",
    "北山县应急管理局",
    "北山县乡村振兴局",
    "南川市委政法委",
    "南川市委党校",
    "南川市总工会",
    "共青团南川市委",
    "南川市老年大学",
    "南川市青年志愿者协会",
    "南川市文化馆",
    "南川市融媒体中心",
    "南川广播电视台",
    "南川晚报社",
    "河南南川建设集团有限公司",
    "南川市东方红机械厂",
    "南川市华强商贸有限公司",
    "南川市鑫源农业开发有限公司",
    "北山县人民武装部",
    "南川军分区",
    "南川海关",
    "南川市发展和改革委员会",
    "南川市自然资源和规划局",
    "南川市水利局",
    "北山县林业局",
    "南川市统计局",
    "南川市审计局",
    "南川市司法局",
    "南川市民政局",
    "南川市财政局",
    "南川市商务局",
    "南川市科学技术局",
    "南川市工业和信息化局",
    "南川市交通运输局",
    "南川市卫生健康委员会",
    "南川市人民代表大会常务委员会",
    "南川市委办公室",
    "南川市政府办公室",
    "南川市委巡察办",
    "南川市第一中学",
    "北山县职业教育中心",
    "南川市残疾人联合会",
    "东关镇中心学校",
    "南川市城乡建设投资集团有限公司",
    "国家税务总局南川市税务局",
    "南川市不动产登记中心",
    "南川市政务服务中心",
    "南川市公共资源交易中心",
    "南川市人民医院",
    "南川市中心医院",
    "南川市畜牧局",
    "南川市农业科学院",
    "南川市作协",
    "南川市美术家协会",
    "南川市摄影家协会",
    "南川市餐饮行业协会",
    "南川市律师协会",
]
BODY_FRAMES = (
    "{}组织开展志愿服务活动。",
    "近日，{}举办培训班。",
    "记者从{}获悉，",
    "在{}的支持下，活动顺利进行。",
    "{}党组书记、局长王某某说，",
    "据{}负责人介绍，",
)
PLACES = [
    "东关镇",
    "王家村",
    "新城社区",
    "东城街道",
    "南川市",
    "北山县",
    "东城区",
    "翠屏山景区",
    "青龙河风景区",
    "人民广场",
    "月湖湿地公园",
    "幸福小区",
    "锦绣家园小区",
    "南川高新区",
    "北山产业集聚区",
    "青龙河",
    "大沙河",
    "凤凰山",
    "白龙水库",
    "南川高铁站",
    "南川火车站",
    "人民路",
    "建设大道",
    "解放中路",
    "南川汽车站",
    "青龙河大桥",
    "王家庄",
    "李家寨",
    "东关村",
    "南川市第一人民医院南院区",
    "翠屏山",
    "南川经济技术开发区",
    "南川东站",
    "黄河",
    "太行山",
    "南太行",
]
PLACE_FRAMES = (
    "记者来到{}，看到施工正忙。",
    "在{}，志愿者正在清理垃圾。",
    "{}位于城区东部。",
    "游客在{}游玩。",
)
# A person and the posts printed before the name, as the titles the extractor should give.
TITLES = (
    ("市委常委、副市长王建华出席会议。", "王建华", ("市委常委", "副市长")),
    ("县委书记、县长李春生主持会议。", "李春生", ("县委书记", "县长")),
    ("市人大常委会主任张国强讲话。", "张国强", ("市人大常委会主任",)),
    ("东关镇党委书记赵晓明介绍说，", "赵晓明", ("东关镇党委书记",)),
    ("南川市副市长刘海燕参加活动。", "刘海燕", ("南川市副市长",)),
    ("市政协副主席陈立新陪同。", "陈立新", ("市政协副主席",)),
    ("北山县人民医院院长孙志刚说，", "孙志刚", ("北山县人民医院院长",)),
    ("南川市第一中学校长周文斌介绍，", "周文斌", ("南川市第一中学校长",)),
    ("市委副书记、市长吴振东强调，", "吴振东", ("市委副书记", "市长")),
    ("王家村党支部书记王富贵告诉记者，", "王富贵", ("王家村党支部书记",)),
    ("南川宏达实业有限公司董事长郑国栋说，", "郑国栋", ("董事长",)),
    ("市公安局党委书记、局长马德明部署工作。", "马德明", ("市公安局党委书记", "局长")),
    ("市委常委、宣传部部长何丽萍出席。", "何丽萍", ("市委常委", "宣传部部长")),
    ("区委书记黄志远，区委副书记、区长林海涛出席。", "林海涛", ("区委副书记", "区长")),
    ("省委常委、市委书记葛建国调研。", "葛建国", ("省委常委", "市委书记")),
    ("市纪委书记、市监委主任宋卫东讲话。", "宋卫东", ("市纪委书记", "市监委主任")),
    ("市教育局局长田玉兰介绍，", "田玉兰", ("市教育局局长",)),
    ("东城街道办事处主任韩冬梅说，", "韩冬梅", ("东城街道办事处主任",)),
    ("市委组织部副部长、市人社局局长邓志华参加。", "邓志华", ("市委组织部副部长", "市人社局局长")),
    ("新城社区党支部书记、居委会主任唐秀英介绍，", "唐秀英", ("新城社区党支部书记", "居委会主任")),
    ("县长助理杜明亮出席。", "杜明亮", ("县长助理",)),
    ("市政府党组成员、副市长许文博参加。", "许文博", ("市政府党组成员", "副市长")),
    ("全国人大代表、东关村党支部书记冯春花说，", "冯春花", ("全国人大代表", "东关村党支部书记")),
    ("市委统战部常务副部长魏振华出席。", "魏振华", ("市委统战部常务副部长",)),
    ("市中级人民法院院长姜文涛作报告。", "姜文涛", ("市中级人民法院院长",)),
    ("南川宏达实业有限公司总经理助理方明远出席。", "方明远", ("总经理助理",)),
)
EVENTS = (
    ("3月5日，南川市召开全市优化营商环境工作推进会。", "全市优化营商环境工作推进会"),
    ("北山县举行2025年春季重点项目集中签约仪式。", "2025年春季重点项目集中签约仪式"),
    ("第十届南川国际太极拳交流大赛昨日开幕。", "第十届南川国际太极拳交流大赛"),
    ("东城区开展“文明交通我先行”主题宣传活动。", "“文明交通我先行”主题宣传活动"),
    ("2025中国（南川）山水旅游发展论坛在我市举行。", "2025中国（南川）山水旅游发展论坛"),
    ("南川市第十五届人民代表大会第三次会议隆重开幕。", "南川市第十五届人民代表大会第三次会议"),
    ("南川市第二届职工运动会圆满闭幕。", "南川市第二届职工运动会"),
    ("第五届南川月季文化节将于5月开幕。", "第五届南川月季文化节"),
    ("全市安全生产工作电视电话会议召开。", "全市安全生产工作电视电话会议"),
    ("南川市举办2025年春季招聘会，提供岗位3000个。", "2025年春季招聘会"),
    ("北山县举行防汛应急演练。", "防汛应急演练"),
    ("市政协十届五次会议开幕。", "市政协十届五次会议"),
    ("东城区召开2024年度述职述廉大会。", "2024年度述职述廉大会"),
    ("南川市举行新闻发布会，介绍一季度经济运行情况。", "新闻发布会"),
    ("我市举行“南川好人”颁奖典礼。", "“南川好人”颁奖典礼"),
    ("南川市第三届中小学生田径运动会举行。", "南川市第三届中小学生田径运动会"),
    ("4月12日，南川市召开全市文明城市创建工作动员大会。", "全市文明城市创建工作动员大会"),
    ("北山县举行2024年度优秀共产党员表彰大会。", "2024年度优秀共产党员表彰大会"),
    ("南川市2025年重点项目推介会在深圳举行。", "南川市2025年重点项目推介会"),
    ("市政府新闻办举行南川市一季度经济运行情况新闻发布会。", "南川市一季度经济运行情况新闻发布会"),
    ("全市农村人居环境整治观摩会在东关镇召开。", "全市农村人居环境整治观摩会"),
    ("9月3日，北山县高标准农田建设现场会在王家村召开。", "北山县高标准农田建设现场会"),
    ("南川市2025年基层党务干部专题培训班开班。", "南川市2025年基层党务干部专题培训班"),
    ("东关镇举办“喜迎国庆”文艺汇演。", "“喜迎国庆”文艺汇演"),
    ("市红十字会开展“红心暖冬”志愿服务活动。", "“红心暖冬”志愿服务活动"),
    ("2025南川国际马拉松昨日鸣枪开跑。", "2025南川国际马拉松"),
    ("南川高新区智能装备产业园项目开工仪式举行。", "南川高新区智能装备产业园项目开工仪式"),
    ("北山县退役军人服务中心揭牌仪式在县城举行。", "北山县退役军人服务中心揭牌仪式"),
    ("南川市企业家协会2024年会在南川宾馆举行。", "南川市企业家协会2024年会"),
    ("东关镇隆重召开庆祝建镇七十周年大会。", "庆祝建镇七十周年大会"),
    ("市委书记周建国到北山县调研乡村振兴工作。", "市委书记周建国到北山县调研"),
    ("副市长韩丽深入东关镇督导秋粮收购工作。", "副市长韩丽深入东关镇督导"),
    ("春节前夕，南川市开展走访慰问困难群众活动。", "走访慰问困难群众活动"),
    ("第三届“太行杯”青少年足球邀请赛在南川市体育中心开幕。", "第三届“太行杯”青少年足球邀请赛"),
    ("“南川杯”全国围棋公开赛昨日落下帷幕。", "“南川杯”全国围棋公开赛"),
    ("北山县第二届乡村旅游文化节拉开帷幕。", "北山县第二届乡村旅游文化节"),
    ("南川市政协十一届三次会议今日闭幕。", "南川市政协十一届三次会议"),
    ("市十六届人大常委会第十二次会议召开。", "市十六届人大常委会第十二次会议"),
    ("北山县政府第二十次常务会议召开。", "北山县政府第二十次常务会议"),
    ("中国共产党南川市第九届委员会第八次全体会议在南川召开。", "中国共产党南川市第九届委员会第八次全体会议"),
    ("北山县召开县委全面深化改革委员会第五次会议。", "县委全面深化改革委员会第五次会议"),
    ("南川市优化营商环境暨招商引资工作大会召开。", "南川市优化营商环境暨招商引资工作大会"),
    ("北山县举办2025年春风行动暨就业援助月专场招聘会。", "2025年春风行动暨就业援助月专场招聘会"),
    ("南川市与华信集团战略合作签约仪式举行。", "南川市与华信集团战略合作签约仪式"),
    ("5月20日，2025年南川市全民健身运动会在市体育中心开幕。", "2025年南川市全民健身运动会"),
    ("南川市第六届农民丰收节庆祝活动在东关镇举行。", "南川市第六届农民丰收节庆祝活动"),
    ("南川市科技创新成果展在市博物馆开展。", "南川市科技创新成果展"),
    ("“翰墨南川”书画作品展昨日开幕。", "“翰墨南川”书画作品展"),
    ("北山县举行2025年防汛抢险综合应急演练。", "2025年防汛抢险综合应急演练"),
    ("南川市召开全市安全生产工作会议，并举办安全生产专题培训班。", "全市安全生产工作会议"),
    ("南川市召开全市安全生产工作会议，并举办安全生产专题培训班。", "安全生产专题培训班"),
    ("东关镇举办第二届“东关杯”乒乓球比赛和首届趣味运动会。", "第二届“东关杯”乒乓球比赛"),
    ("东关镇举办第二届“东关杯”乒乓球比赛和首届趣味运动会。", "首届趣味运动会"),
    ("南川市第二届中医药发展大会开幕式在南川宾馆举行。", "南川市第二届中医药发展大会开幕式"),
    ("南川市“百企进校园”双选会在南川职业技术学院举行。", "南川市“百企进校园”双选会"),
    ("市委副书记陈静到南川高新区检查安全生产工作。", "市委副书记陈静到南川高新区检查"),
    ("在南川举行的第四届黄河文化论坛上，专家学者齐聚一堂。", "第四届黄河文化论坛"),
    ("北山县举行新时代文明实践志愿服务月启动仪式。", "新时代文明实践志愿服务月启动仪式"),
    ("2025年南川市“119”消防宣传月活动启动。", "2025年南川市“119”消防宣传月活动"),
    ("南川市召开二季度经济运行分析会。", "二季度经济运行分析会"),
    ("北山县举办首届农民篮球赛。", "首届农民篮球赛"),
    ("南川市政协召开十一届常委会第九次会议。", "十一届常委会第九次会议"),
    ("全市民营经济发展大会暨优秀民营企业家表彰会召开。", "全市民营经济发展大会暨优秀民营企业家表彰会"),
    ("北山县第五届“山水杯”摄影大赛颁奖典礼举行。", "北山县第五届“山水杯”摄影大赛颁奖典礼"),
    ("南川市举办2025年机关干部能力提升专题讲座。", "2025年机关干部能力提升专题讲座"),
    ("东城区举办“我们的节日·端午”主题活动。", "“我们的节日·端午”主题活动"),
    ("11月8日，南川市第十届运动会开幕式在市体育中心举行。", "南川市第十届运动会开幕式"),
    ("北山县召开2025年度安全生产工作会议暨消防工作会议。", "2025年度安全生产工作会议暨消防工作会议"),
    ("由市总工会主办的2025年南川市职工技能大赛在北山县举行。", "2025年南川市职工技能大赛"),
    ("南川市第五届读书节暨“书香南川”全民阅读活动启动。", "南川市第五届读书节暨“书香南川”全民阅读活动"),
    (
        "县长马俊带领相关部门负责人到青龙河沿线督导河道清淤工作。",
        "县长马俊带领相关部门负责人到青龙河沿线督导",
    ),
    ("南川市举办2025年“迎新春”送万福进万家公益活动。", "2025年“迎新春”送万福进万家公益活动"),
    ("东关镇召开2025年度村“两委”干部述职评议会。", "2025年度村“两委”干部述职评议会"),
    ("南川市首届短视频创作大赛颁奖仪式举行。", "南川市首届短视频创作大赛颁奖仪式"),
    ("南川市2025年“三下乡”集中示范活动在北山县东关镇举行。", "南川市2025年“三下乡”集中示范活动"),
    ("北山县委常委会召开第十五次扩大会议。", "第十五次扩大会议"),
    ("由市委宣传部、市文明办联合主办的“最美南川人”评选表彰活动圆满落幕。", "“最美南川人”评选表彰活动"),
    ("市总工会开展“金秋助学”慰问活动，为困难职工子女送去助学金。", "“金秋助学”慰问活动"),
    ("副县长邓伟莅临东关镇王家村检查指导防汛工作。", "副县长邓伟莅临东关镇王家村检查"),
    ("南川市第三十二届“青龙河之夏”消夏晚会在人民广场拉开帷幕。", "南川市第三十二届“青龙河之夏”消夏晚会"),
    ("北山县政协十届常委会第十一次会议召开。", "北山县政协十届常委会第十一次会议"),
    ("南川市委十届七次全会今日召开。", "南川市委十届七次全会"),
    ("东关镇党委召开2025年度党员领导干部民主生活会。", "2025年度党员领导干部民主生活会"),
    (
        "南川市2025年“春风行动”暨民营企业招聘周启动仪式在人民广场举行。",
        "南川市2025年“春风行动”暨民营企业招聘周启动仪式",
    ),
    ("北山县第四届“黄河之韵”合唱比赛昨晚落幕。", "北山县第四届“黄河之韵”合唱比赛"),
    (
        "南川市举行2025年度“南川工匠”命名表彰大会暨劳模先进事迹报告会。",
        "2025年度“南川工匠”命名表彰大会暨劳模先进事迹报告会",
    ),
    ("9月10日，北山县庆祝第41个教师节暨优秀教师表彰大会召开。", "北山县庆祝第41个教师节暨优秀教师表彰大会"),
    ("南川市政府党组（扩大）会议召开。", "南川市政府党组（扩大）会议"),
    ("南川市2025年义务植树活动在翠屏山举行。", "南川市2025年义务植树活动"),
    ("北山县2025年度新录用公务员初任培训班开班。", "北山县2025年度新录用公务员初任培训班"),
    ("南川市第十四届中小学生艺术展演活动落下帷幕。", "南川市第十四届中小学生艺术展演活动"),
    ("东关镇举行“我为家乡种棵树”主题植树活动。", "“我为家乡种棵树”主题植树活动"),
    ("南川市首届乡村振兴论坛在东关镇开幕，并举行项目签约仪式。", "南川市首届乡村振兴论坛"),
    ("南川市2025年重点项目集中开工仪式在高新区举行。", "南川市2025年重点项目集中开工仪式"),
    ("南川市“全民健身日”系列活动启动。", "南川市“全民健身日”系列活动"),
    ("2025年南川半程马拉松暨全民健身跑在月湖湿地公园开跑。", "2025年南川半程马拉松暨全民健身跑"),
)
NOTHING = """今年以来，全市上下坚持稳中求进工作总基调，经济运行总体平稳。
记者在现场看到，工人们正在紧张有序地进行施工作业。
为进一步提升群众满意度，该局持续优化办事流程，推行一窗受理。
活动现场，志愿者们耐心地为居民讲解垃圾分类知识。
据了解，该项目总投资约5亿元，建成后可带动就业800余人。
下一步，我们将继续加大工作力度，确保各项任务落到实处。
村里的老人们坐在树荫下，说起如今的好日子，个个喜笑颜开。
孩子们在老师的带领下，参观了科技馆，感受科技的魅力。
天刚蒙蒙亮，菜市场里已经人头攒动，叫卖声此起彼伏。
小区里新安装了充电桩，解决了居民充电难的问题。
他说，这几年收入翻了一番，日子越过越红火。
春风拂面，桃花盛开，吸引了大批市民前来踏青赏花。
各乡镇、各部门要高度重视，压实责任，抓好落实。
该公司负责人介绍，今年一季度订单同比增长三成。
检查组一行实地查看了消防设施，并提出整改意见。
大家纷纷表示，一定把学习成果转化为推动工作的实际行动。
近日，一场突如其来的暴雨给城区交通带来不便。
老王家的果园今年又是大丰收，苹果又大又甜。
农技专家走进田间地头，手把手教农民科学种植。
记者从有关部门获悉，全市空气质量优良天数同比增加。
这位老党员几十年如一日，默默为村民做好事。
在全体干部职工的共同努力下，各项指标均超额完成。
他带领团队攻克了多项技术难题，获得多项发明专利。
市场监管部门加强节日期间食品安全检查。
一大早，环卫工人就开始清扫街道。
学校开展了丰富多彩的读书活动，营造书香校园氛围。""".splitlines()

Miss = tuple[str, list[str]]


def _name(rng: random.Random, given: str) -> str:
    """A surname and one or two given-name characters (two in seven names of ten)."""
    n = rng.choice(SURNAMES) + rng.choice(given)
    return n + rng.choice(given) if rng.random() < 0.7 else n


def found(text: str, type_: str) -> list[str]:
    ex = extract(text)
    return [m.text for m in ex.mentions + ex.credits if m.type == type_]


def _count(cases: list[tuple[str, str, str]]) -> tuple[int, int, list[Miss]]:
    """(text, wanted name, type) cases: how many found, of how many, and the misses."""
    misses = []
    for text, want, type_ in cases:
        got = found(text, type_)
        if want not in got:
            misses.append((text, got))
    return len(cases) - len(misses), len(cases), misses


def probe_names() -> tuple[int, int, list[Miss]]:
    """300 names (some with the hard characters) in each of the name frames."""
    rng = random.Random(7)
    names: set[str] = set()
    while len(names) < 300:
        names.add(_name(rng, GIVEN + GIVEN_HARD))
    return _count([(f.format(n), n, PERSON) for n in sorted(names) for f in NAME_FRAMES])


def probe_sentences() -> tuple[int, int, list[Miss]]:
    """200 sentences, one frame after another, with one to three names each."""
    rng = random.Random(11)
    cases = []
    for i in range(200):
        frame = SENTENCE_FRAMES[i % len(SENTENCE_FRAMES)]
        names = {key: _name(rng, GIVEN) for key in "abc"}
        text = frame.format(**names)
        cases.extend((text, n, PERSON) for key, n in names.items() if "{" + key + "}" in frame)
    return _count(cases)


def probe_kinds() -> tuple[int, int, list[Miss]]:
    """20 names in each frame that says who the person is."""
    rng = random.Random(13)
    names: list[str] = []
    while len(names) < 20:
        n = _name(rng, GIVEN)
        if n not in names:
            names.append(n)
    return _count([(f.format(n), n, PERSON) for f in KIND_FRAMES for n in names])


def _whole(items: list[str], frames: tuple[str, ...], type_: str) -> tuple[int, int, list[Miss]]:
    return _count([(f.format(x), x, type_) for x in items for f in frames])


def probe_bodies() -> tuple[int, int, list[Miss]]:
    return _whole(BODIES, BODY_FRAMES, ORGANISATION)


def probe_places() -> tuple[int, int, list[Miss]]:
    return _whole(PLACES, PLACE_FRAMES, PLACE)


def probe_titles() -> tuple[int, int, list[Miss]]:
    got = [(t, {m.text: m.titles for m in extract(t).of_type(PERSON)}) for t, _, _ in TITLES]
    misses = [(t, g) for (t, g), (_, name, titles) in zip(got, TITLES, strict=True) if g.get(name) != titles]
    return len(TITLES) - len(misses), len(TITLES), misses


def probe_events() -> tuple[int, int, list[Miss]]:
    misses = [(t, [e.name for e in extract(t).events]) for t, want in EVENTS]
    misses = [(t, got) for (t, got), (_, want) in zip(misses, EVENTS, strict=True) if want not in got]
    return len(EVENTS) - len(misses), len(EVENTS), misses


def probe_nothing() -> tuple[int, int, list[Miss]]:
    """Sentences that name nobody: a person found in one is an error (places and bodies are
    listed under --misses but not counted: 文化广场 may be a name)."""
    found_any = [(t, [f"{m.type}:{m.text}" for m in extract(t).mentions]) for t in NOTHING]
    with_person = [(t, got) for t, got in found_any if any(g.startswith(PERSON) for g in got)]
    return len(NOTHING) - len(with_person), len(NOTHING), [(t, got) for t, got in found_any if got]


PROBES: dict[str, tuple[str, Callable[[], tuple[int, int, list[Miss]]]]] = {
    "names": ("invented names in the name frames found", probe_names),
    "sentences": ("names in the sentence frames found", probe_sentences),
    "kinds": ("names after who the person is (快递小哥某某) found", probe_kinds),
    "bodies": ("invented bodies found whole", probe_bodies),
    "places": ("invented places found whole", probe_places),
    "titles": ("persons given exactly their printed posts", probe_titles),
    "events": ("invented events named as printed", probe_events),
    "nothing": ("sentences naming nobody without a person found", probe_nothing),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probes", nargs="*", help=f"some of {', '.join(PROBES)} (default: all)")
    parser.add_argument("--misses", action="store_true", help="print what each probe missed")
    args = parser.parse_args()
    unknown = [p for p in args.probes if p not in PROBES]
    if unknown:
        parser.error(f"no probe named {', '.join(unknown)}; the probes are {', '.join(PROBES)}")
    for key in args.probes or PROBES:
        what, probe = PROBES[key]
        hits, total, misses = probe()
        print(f"{key:10} {hits:5} of {total:5} ({hits / total:.3f}) {what}")
        if args.misses:
            for text, got in misses:
                print(f"    {text}  ->  {got}")


if __name__ == "__main__":
    main()
