"""What the demo's guests say and how the venue answers (plain data for demo_guests and
demo_guest_forms). The texts are demo data in Chinese, not user-facing strings of the app.

Areas are named as in demo_data.AREAS. In the demo roster the second-floor hall team works
lunch only and everyone else dinner, so lunch complaints come from the second floor and dinner
ones from the third floor, the private rooms and the front desk."""

from __future__ import annotations

# Complaints a day by weekday (Monday 0): busier Friday to Sunday.
DAY_RATE = {0: 2.0, 1: 2.0, 2: 2.3, 3: 2.5, 4: 3.7, 5: 5.2, 6: 3.8}
LUNCH_AREAS = {"二楼大厅": 8, "二楼吧台": 1, "二楼洗手间": 1}
DINNER_AREAS = {"三楼大厅": 5, "牡丹厅 201": 1.2, "芙蓉厅 202": 1.2, "海棠厅 203": 1.2,
                "兰亭厅 205": 1.2, "紫荆厅 301": 1.2, "翠竹厅 302": 1.2, "金桂厅 303": 1.4,
                "雅韵厅 306": 1.2, "三楼洗手间": 0.8, "迎宾台": 0.8, "预订台": 0.3}
CHANNEL_WEIGHTS = {"in_person": 60, "phone": 18, "online": 15, "sms": 7}
MANAGER = "FQ002"  # 餐饮部经理: answers calls and online reviews by day
EVENING_DESK = "FQ003"  # 楼面助理: takes the evening calls
# Who stands in for a floor when the area's own leader is not at work.
FLOOR_SUPERVISOR = {"1F": "FQ009", "2F": "FQ031", "3F": "FQ032"}

# Category odds by the kind of area; only categories with a text for that kind appear.
CATEGORY_WEIGHTS = {
    "hall": {"slow_service": 24, "food_quality": 16, "attitude": 9, "wrong_order": 8,
             "billing": 7, "hygiene": 7, "environment": 7, "no_response": 6, "competence": 4,
             "care": 3, "facilities": 3, "reservation": 2},
    "private_room": {"slow_service": 16, "food_quality": 15, "environment": 10, "no_response": 8,
                     "billing": 8, "facilities": 8, "attitude": 7, "wrong_order": 6, "care": 6,
                     "hygiene": 5, "competence": 5, "reservation": 4},
    "bar": {"slow_service": 40, "wrong_order": 25, "attitude": 20, "hygiene": 10,
            "environment": 5},
    "restroom": {"hygiene": 70, "facilities": 30},
    "reception": {"reservation": 60, "attitude": 30, "care": 10},
}

_DINING = ("hall", "private_room")
# category → (content, severity, kinds of area it happens in, how it was resolved)
COMPLAINTS: dict[str, list[tuple[str, str, tuple[str, ...], str]]] = {
    "food_quality": [
        ("菜品口味偏咸，小炒黄牛肉咸得没法吃", "minor", _DINING, "向客人致歉，厨房减盐重新制作该菜品"),
        ("清蒸鲈鱼不新鲜，有股腥味", "major", _DINING, "撤下该菜品并免单，厨师长到台致歉"),
        ("例汤端上来已经凉了", "minor", _DINING, "重新加热后上桌，传菜改为加盖保温"),
        ("白切鸡没熟透，骨头带血", "major", _DINING, "撤下重新制作，厨师长到台说明并致歉"),
        ("点心里吃出一根头发", "major", _DINING, "撤换该点心并免单，厨房复查帽子口罩佩戴"),
        ("红烧肉太肥太腻，和以前的味道不一样", "minor", _DINING, "已反馈厨房，按客人口味重新制作"),
        ("米饭夹生", "minor", _DINING, "更换米饭，厨房重新检查蒸饭时间"),
    ],
    "wrong_order": [
        ("点的是清蒸石斑，上的是红烧的", "minor", _DINING, "撤换上错的菜品，按客人要求重新制作"),
        ("少上了一道蒜蓉西兰花，催了两次才发现没下单", "minor", _DINING,
         "核对点菜单后补上漏单菜品，并向客人致歉"),
        ("交代了不要放辣，上来的菜还是很辣", "minor", _DINING, "按不辣重新制作，点菜单备注改为醒目标注"),
        ("点的鲜榨橙汁上成了瓶装橙汁", "minor", (*_DINING, "bar"), "更换为鲜榨橙汁，瓶装饮料不收费"),
        ("调的鸡尾酒和要的不一样", "minor", ("bar",), "按客人要求重新调制，并向客人致歉"),
    ],
    "billing": [
        ("账单多收一道菜", "minor", _DINING, "核对账单后退还多收的金额，并向客人致歉"),
        ("酒水按原价收费，没有按套餐优惠", "minor", _DINING, "按套餐价重新结算，差额已退回客人"),
        ("会员折扣没有用上，结账后才发现", "minor", _DINING, "补录会员折扣，差额原路退回"),
        ("开瓶费和预订时说的不一样", "minor", ("private_room",), "按预订时的约定收取，多收部分退回"),
    ],
    "reservation": [
        ("预订了靠窗的桌子，到店后被安排在门口", "minor", ("hall", "reception"),
         "重新安排靠窗座位，并赠送饮品致歉"),
        ("预订的包房被安排给了别的客人，等了二十分钟才重新安排", "major",
         ("private_room", "reception"), "安排同档次包房，经理当面致歉并核查预订流程"),
        ("到店报了预订名字，迎宾说查不到预订", "minor", ("reception",),
         "与预订台核实后立即安排入座，向客人致歉"),
    ],
    "slow_service": [
        ("上菜慢，等了四十分钟第一道菜才上", "minor", _DINING, "传菜组长现场催菜，剩余菜品10分钟内上齐"),
        ("催了三次米饭还没上", "minor", _DINING, "立即上米饭并向客人致歉，组长跟台直至用餐结束"),
        ("结账等了十五分钟没人来", "minor", _DINING, "组长到台致歉并优先结账"),
        ("菜上到一半就停了，后面的菜等了半个多小时", "minor", _DINING,
         "调整出菜顺序优先上该台菜品，并向客人致歉"),
        ("加菜以后半小时都没上", "minor", _DINING, "核查发现加菜未及时下单，立即补单优先制作"),
        ("在吧台点了饮料，二十分钟还没做好", "minor", ("bar",), "优先制作并向客人致歉"),
    ],
    "no_response": [
        ("按了呼叫器很久没人来", "minor", ("private_room",), "检查呼叫器后恢复正常，当班服务员向客人致歉"),
        ("举手示意好几次，服务员都没看到", "minor", ("hall",), "安排专人负责该区域巡台，并向客人致歉"),
        ("要了几次热水都没人送", "minor", _DINING, "立即送上热水，组长向客人致歉"),
    ],
    "attitude": [
        ("服务员态度冷淡，问菜品时不耐烦", "minor", _DINING, "主管向客人当面致歉，对当事员工进行批评教育"),
        ("迎宾员没有招呼，让我们自己找位子", "minor", ("reception", "hall"),
         "营业部组长向客人致歉，班前会重申迎宾标准"),
        ("提出换菜时服务员脸色不好看，还跟客人争辩", "major", _DINING,
         "经理当面致歉，更换服务员，对当事员工批评教育"),
        ("吧台服务员一直看手机，叫了几次才理人", "minor", ("bar",), "组长向客人致歉，重申上岗纪律"),
    ],
    "competence": [
        ("服务员说不清菜品做法和过敏原", "minor", _DINING, "主管向客人介绍菜品，安排当事员工复训"),
        ("开红酒时把酒洒到客人衣服上", "minor", _DINING, "为客人提供干洗服务，当事员工复训开酒流程"),
        ("上菜时没报菜名，也不知道该怎么吃", "minor", _DINING, "组长到台介绍菜品吃法，班前会强调报菜名"),
    ],
    "hygiene": [
        ("餐具上有污渍，换了一套还是不干净", "minor", _DINING, "立即更换全套餐具，向客人致歉"),
        ("桌面没擦干净，有油渍", "minor", _DINING, "重新清洁台面并更换台布"),
        ("水杯有口红印", "minor", (*_DINING, "bar"), "更换水杯，向客人致歉"),
        ("洗手间有异味，擦手纸用完了没人补", "minor", ("restroom",), "保洁立即清理并补齐用品"),
        ("洗手间地面有积水，差点滑倒", "major", ("restroom",), "立即擦干地面并放置警示牌，向客人致歉"),
        ("洗手台很脏，洗手液也没有了", "minor", ("restroom",), "清洁洗手台并补充洗手液"),
    ],
    "facilities": [
        ("包房空调不制冷，闷得很", "minor", ("private_room",), "工程部到场维修，期间为客人调换包房"),
        ("包房电视无法投屏，生日视频放不了", "minor", ("private_room",), "工程部到场调试，改用备用投屏器"),
        ("椅子腿松动，客人差点摔倒", "major", _DINING, "更换座椅并向客人致歉，报工程部检查同类座椅"),
        ("洗手间门锁坏了，锁不上", "minor", ("restroom",), "工程部当场更换门锁"),
        ("烘手机不工作", "minor", ("restroom",), "报工程部维修，期间补充擦手纸"),
    ],
    "environment": [
        ("包房空调太冷，调了也没用", "minor", ("private_room",), "调整空调温度并提供披肩，工程部检查温控"),
        ("大厅太吵，隔壁婚宴音响声音太大", "minor", ("hall",), "为客人调换到安静的区域，并与婚宴方协调音量"),
        ("灯光太暗，看不清菜单", "minor", ("hall", "bar"), "调亮区域灯光，提供带灯菜单"),
        ("大厅有油烟味，衣服上都是味道", "minor", ("hall",), "开启新风，报工程部检查排烟"),
    ],
    "care": [
        ("提前说了海鲜过敏，菜里还是放了虾", "major", _DINING,
         "撤下菜品重新制作，向厨房重申过敏登记要求"),
        ("带着老人和小孩，没有主动提供儿童座椅", "minor", _DINING, "立即送上儿童座椅和儿童餐具，向客人致歉"),
        ("预订时说好准备生日长寿面，到店后发现没有准备", "minor", ("private_room", "reception"),
         "补送长寿面和果盘，向客人致歉"),
        ("客人吃素，推荐的套餐里有荤菜也没提醒", "minor", _DINING, "按素食重新安排菜品，向客人致歉"),
        ("坐轮椅的老人进门没人帮忙", "minor", ("reception",), "迎宾员协助入座，班前会重申特殊客人接待"),
    ],
}

FOOD_CATEGORIES = ("food_quality", "wrong_order", "slow_service", "care")
COMPENSATION_ODDS = {"food_quality": 0.55, "wrong_order": 0.45, "slow_service": 0.5,
                     "care": 0.5, "attitude": 0.3, "billing": 0.25}
# (compensation, possible amounts in yuan; none = not a fixed sum) — food or other complaints
COMPENSATIONS = {
    True: [("赠送果盘", (38.0,)), ("该菜品免单", (58.0, 68.0, 88.0, 128.0, 168.0)),
           ("菜品打八折", ()), ("赠送甜品", (28.0,)), ("赠送代金券100元", (100.0,))],
    False: [("赠送果盘", (38.0,)), ("赠送饮品", (30.0,)), ("赠送代金券50元", (50.0,)),
            ("账单打九折", ())],
}
SATISFACTION = {"5": 40, "4": 36, "3": 14, "2": 7, "1": 1, "none": 2}
SATISFACTION_LATE = {"5": 10, "4": 35, "3": 30, "2": 20, "1": 3, "none": 2}
FEEDBACK = {
    5: ["当面说明处理结果，客人非常满意", "电话回访，客人表示感谢，下次还会再来"],
    4: ["电话回访，客人表示满意", "当面说明处理结果，客人接受"],
    3: ["电话回访，客人表示可以接受，希望以后注意", "客人接受处理结果，但觉得等得太久"],
    2: ["回访时客人仍不满意，认为处理太慢", "客人接受补偿，但对服务态度仍有意见"],
    1: ["客人很不满意，表示不会再来，已报经理跟进"],
    None: ["电话未接通，已短信告知处理结果"],
}

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁宋郑谢韩唐冯"
TITLES = ("先生", "先生", "女士", "女士", "小姐", "总")
ONLINE_HANDLES = ("大众点评 @爱吃的阿杰", "大众点评 @小周美食记", "美团 @吃货林林",
                  "大众点评 @周末探店", "美团 @老陈家", "小红书 @糖糖的饭桌")

# The complaints that opened a rectification: what happened, and how far the fix has come.
# progress: (action, from, to, hours after the previous step); fix: (root cause, corrective,
# preventive) recorded at submission.
LINKED_RECTIFICATIONS = {
    "aircon": {
        "days_ago": 13, "at": (19, 10), "area": "金桂厅 303", "table": "", "guest": "周先生",
        "category": "environment", "severity": "minor",
        "content": "包房空调太冷，调了几次温度都没有变化，老人一直说冷",
        "resolution": "调高温度并为老人提供披肩，报工程部检查温控",
        "progress": [("start", "open", "in_progress", 1), ("submit", "in_progress", "submitted", 14),
                     ("verify", "submitted", "verified", 6)],
        "fix": ("equipment", "工程部更换温控面板并清洗出风口，复测室温24℃",
                "包房开餐前增加空调试运行检查"),
    },
    "slow_lunch": {
        "days_ago": 4, "at": (12, 25), "area": "二楼大厅", "table": "A08", "guest": "刘女士",
        "category": "slow_service", "severity": "major",
        "content": "上菜慢，等了四十分钟第一道菜才上，催了两次",
        "resolution": "传菜组长现场催菜，剩余菜品10分钟内上齐，赠送果盘致歉",
        "progress": [("start", "open", "in_progress", 0.1), ("submit", "in_progress", "submitted", 0.3)],
        "fix": ("method", "出菜口增设划单员，高峰期由传菜组长现场调度出菜顺序",
                "点菜后15分钟未上菜，由值台组长主动跟进"),
    },
    "dirty_plates": {
        "days_ago": 1, "at": (19, 40), "area": "三楼大厅", "table": "B06", "guest": "吴小姐",
        "category": "hygiene", "severity": "minor",
        "content": "餐具上有污渍，换了一套还是不干净",
        "resolution": "立即更换全套餐具，组长向客人致歉",
        "progress": [],
        "fix": ("", "", ""),
    },
}

# This morning's call and review about last night, still open at 09:00 (the demo's "now",
# as for the rectifications' escalation sweep).
OPEN_THIS_MORNING = [
    {"at": (8, 5), "incident": (19, 30), "area": "牡丹厅 201", "table": "", "channel": "phone",
     "guest": "陈总", "contact": "139****2817", "category": "billing", "stop": "handed_over",
     "response_s": 150,
     "content": "昨晚在牡丹厅用餐，回家核对账单发现多收了一道清蒸石斑鱼，希望尽快核实退款"},
    {"at": (8, 26), "incident": (20, 5), "area": "三楼大厅", "table": "B03", "channel": "online",
     "guest": "林女士", "contact": "大众点评 @周末探店", "category": "slow_service",
     "stop": "responded", "response_s": 200,
     "content": "昨晚在三楼大厅用餐，点菜后快四十分钟才上第一道菜，催了两次，体验很差"},
]

# Guest comments: (kind, area or None, content, what the department did, dimension).
# {name} is someone of the area's team; without an area a comment goes to ROUTE_NO_AREA.
COMMENTS = [
    ("praise", "牡丹厅 201", "{name}服务热情周到，主动帮老人拉椅子、加靠垫，全家都很满意",
     "已在班前会通报表扬{name}，计入当月考核加分", "empathy"),
    ("praise", "紫荆厅 301", "感谢{name}，孩子打翻饮料后第一时间帮忙清理，还换了新的餐具",
     "班前会表扬{name}，作为服务案例在各组分享", "empathy"),
    ("praise", "三楼大厅", "{name}推荐的菜很合口味，介绍得很专业",
     "已通报表扬{name}，计入当月考核加分", "assurance"),
    ("praise", "雅韵厅 306", "生日宴服务很贴心，{name}还准备了长寿面，唱了生日歌，老人很感动",
     "班前会表扬{name}，生日宴服务流程推广到各包房", "empathy"),
    ("praise", "二楼大厅", "{name}记得我们上次的口味偏好，很用心",
     "已通报表扬{name}", "empathy"),
    ("praise", "迎宾台", "下雨天{name}在门口撑伞接客，很暖心",
     "营业部通报表扬{name}，计入当月考核加分", "empathy"),
    ("praise", "海棠厅 203", "{name}上菜报菜名、介绍做法，很专业",
     "已通报表扬{name}", "assurance"),
    ("praise", "芙蓉厅 202", "{name}反应很快，要什么马上就送来",
     "已通报表扬{name}，计入当月考核加分", "responsiveness"),
    ("praise", "翠竹厅 302", "商务宴请服务周到，{name}倒酒、换骨碟都很及时",
     "已通报表扬{name}", "responsiveness"),
    ("praise", "三楼大厅", "{name}提醒我们点的菜够吃了，不要浪费，很实在",
     "已通报表扬{name}，作为服务案例分享", "assurance"),
    ("praise", "二楼吧台", "{name}调的饮品很好喝，服务也很热情",
     "已通报表扬{name}", "assurance"),
    ("praise", "兰亭厅 205", "{name}服务耐心细致，老人点菜问了很多也一直很耐心",
     "班前会表扬{name}，计入当月考核加分", "empathy"),
    ("suggestion", "牡丹厅 201", "建议包房配备儿童座椅和儿童餐具",
     "已采购儿童座椅4张、儿童餐具10套，各包房按需配备", "tangibles"),
    ("suggestion", "三楼大厅", "希望菜单增加图片和辣度标识",
     "新版菜单已加图片和辣度标识，下月启用", "tangibles"),
    ("suggestion", None, "停车场入口指引不清楚，找了很久",
     "已与酒店工程部协调，在路口增设指示牌", "tangibles"),
    ("suggestion", "二楼大厅", "建议午市增加快捷套餐，上班族时间紧",
     "已与厨房商定，午市推出三款快捷套餐", "responsiveness"),
    ("suggestion", "预订台", "希望可以在网上预订并选包房",
     "已反馈业务部，评估开通线上预订", "responsiveness"),
    ("suggestion", "三楼洗手间", "洗手间可以放些护手霜和漱口水",
     "已增配护手霜和漱口水，纳入每日检查补充", "tangibles"),
    ("suggestion", "金桂厅 303", "客人提前到包房时希望先上茶水和小食",
     "包房客人提前到店时，由组长安排茶水和小食", "empathy"),
    ("dish", "紫荆厅 301", "椒盐排骨偏咸，建议少放盐",
     "已反馈厨师长，调整椒盐用量并统一调味标准", "reliability"),
    ("dish", "三楼大厅", "红烧肉肥而不腻，是吃过最好的",
     "已转告厨房，继续保持", "reliability"),
    ("dish", "二楼大厅", "酸菜鱼太辣，建议菜单标注辣度",
     "厨房已按微辣、中辣、特辣分级，点菜时询问客人", "reliability"),
    ("dish", "翠竹厅 302", "清蒸石斑火候刚好，很新鲜",
     "已转告厨房，列入推荐菜", "reliability"),
    ("dish", "雅韵厅 306", "例汤端上来温度不够",
     "厨房出汤改用保温盅，传菜加盖", "reliability"),
    ("dish", "二楼大厅", "点心种类可以再多一些，希望有虾饺和烧卖",
     "厨房已在午市增加虾饺、烧卖两款点心", "reliability"),
    ("dish", "兰亭厅 205", "甜品太甜，老人吃不了",
     "厨房推出少糖甜品，点菜时主动询问", "empathy"),
    ("dish", "海棠厅 203", "白切鸡皮爽肉滑，下次还点",
     "已转告厨房，继续保持", "reliability"),
    ("dish", "三楼大厅", "米饭偏硬",
     "已反馈厨房，调整米水比例，每餐开餐前试吃", "reliability"),
    ("other", "三楼大厅", "希望开通排队取号，周末等位太乱",
     "已反馈业务部，周末启用排队取号", "responsiveness"),
    ("other", None, "开发票要等很久",
     "收银台增设电子发票扫码开具", "responsiveness"),
]
ROUTE_NO_AREA = "营业部"
# Who records what a department did with a comment (its head, or the manager for dishes).
DEPARTMENT_HEAD = {"楼面服务部": "FQ003", "餐饮部": "FQ002", "营业部": "FQ009",
                   "业务部": "FQ004", "传菜部": "FQ014"}

# SERVQUAL. Guests' mean expectation per dimension, how far perception falls below it, and
# how managers think guests answer the E form (they under-rate responsiveness and empathy
# and over-rate tangibles). Responsiveness improves a little week by week (rectifications).
GUEST_E = {"tangibles": 5.8, "reliability": 6.5, "responsiveness": 6.4, "assurance": 6.2,
           "empathy": 6.0}
P_SHORTFALL = {"tangibles": -0.25, "reliability": -0.7, "responsiveness": -1.6,
               "assurance": -0.35, "empathy": -1.1}
RESPONSIVENESS_WEEKLY_GAIN = 0.15
MANAGER_E = {"tangibles": 6.6, "reliability": 6.3, "responsiveness": 5.2, "assurance": 6.1,
             "empathy": 5.1}
MANAGERS = ("FQ002", "FQ003", "FQ031", "FQ032", "FQ014")
# Importance points a third of the guests hand out (adjusted to total exactly 100).
WEIGHTS = {"tangibles": 15, "reliability": 30, "responsiveness": 25, "assurance": 15,
           "empathy": 15}

# Promise register: name, description, dimension, target minutes, outcomes a day, area
# kinds, chance missed (ordinary / Friday–Sunday dinner), notes when missed.
PROMISES = [
    ("点菜后15分钟内上第一道菜", "从点菜完成到第一道菜上桌不超过15分钟", "responsiveness", 15, 6,
     ("hall", "private_room"), (0.12, 0.3), ("出菜口积压，传菜不及时", "婚宴同时出菜，散客菜品延后",
                                             "厨房备料不足，现切现配")),
    ("预订客人到店10分钟内入座", "预订客人到店后10分钟内引领入座", "reliability", 10, 2,
     ("reception",), (0.05, 0.15), ("客人提前到店，包房还在收拾", "迎宾台排队，引领不及时")),
    ("呼叫服务3分钟内响应", "客人按呼叫器或示意后3分钟内有服务员到台", "responsiveness", 3, 3,
     ("private_room",), (0.12, 0.25), ("服务员在隔壁包房上菜，未听到呼叫", "呼叫器信号不稳定")),
    ("结账5分钟内完成", "客人示意结账到结账完成不超过5分钟", "reliability", 5, 2,
     ("hall", "private_room"), (0.07, 0.12), ("收银系统卡顿", "客人要求拆分账单，重新打单")),
    ("洗手间每30分钟巡查清洁一次", "营业时间内洗手间两次巡查清洁的间隔不超过30分钟", "tangibles", 30,
     3, ("restroom",), (0.07, 0.2), ("高峰期保洁被调去收台", "巡查表漏签，间隔超时")),
    ("特殊饮食需求10分钟内与厨房确认", "客人提出过敏、忌口等需求后10分钟内与厨房确认并回复客人",
     "empathy", 10, 1, ("hall", "private_room"), (0.05, 0.08), ("厨师长在忙婚宴，确认延后",)),
]
