"""Demo venue for FloorQC: a hotel catering department run on the one-leads-three model.

The organisation is modelled on the seed text 全面服务质量“一拖三”管理模式 and the
服务质量管理制度 that follows it: 营业部 with one team leader, 2-3 greeters and two
reservation clerks who can be pulled onto the floor at peak times; 业务部 with its manager,
a second manager and a supervisor; 传菜部 with a supervisor, a section head and a team leader
over fourteen runners; a 楼面助理 coordinating the groups on the second and third floors;
and a 经理 who assists the director with reservations, front/kitchen coordination,
discipline, hygiene and service inspection and dish feedback.

Everything here is plain data (only the standard library is used) so that the ``demo`` CLI
command, the services and the tests can all build the same venue. People, phone numbers and
the venue are fictional.

Some figures are deliberately imperfect so that a demo shows the warnings the app raises:
the 传菜组长 leads 14 runners and the 营业部组长 four clerks (span of three exceeded, as in
the seed), the director has four direct reports, 迎宾员 and 包房服务员 are under quota and
值台服务员 is one over quota (the extra hall server is lent to a private-room group).
"""

from __future__ import annotations

VENUE_NAME = "金悦大酒店 · 餐饮部"

# (key, Chinese label, English label, span limit), bottom-up: a later rank is higher.
RANKS: list[tuple[str, str, str, int]] = [
    ("staff", "员工", "Staff", 3),
    ("team_leader", "组长", "Team leader", 3),
    ("section_head", "部长", "Section head", 3),
    ("supervisor", "主管", "Supervisor", 3),
    ("manager", "经理", "Manager", 3),
    ("director", "总监", "Director", 3),
]

DEPARTMENTS: list[dict[str, str]] = [
    {"name": "餐饮部", "kind": "floor"},
    {"name": "营业部", "kind": "floor"},
    {"name": "业务部", "kind": "floor"},
    {"name": "传菜部", "kind": "floor"},
    {"name": "楼面服务部", "kind": "floor"},
    {"name": "工程部", "kind": "support"},
    {"name": "人事部", "kind": "support"},
]

# Posts and head-count quotas (定岗定编). "quota" is the establishment head count of the post.
POSTS: list[dict] = [
    {
        "name": "餐饮部总监",
        "department": "餐饮部",
        "rank": "director",
        "quota": 1,
        "responsibilities": [
            "全面负责餐饮部经营管理与服务质量，组织推行全面服务质量“一拖三”管理模式",
            "实行层级细化管理，督导各级管理人员层层督导、层层质检，发现问题立即整改",
            "主持营业部、业务部、传菜部及楼面服务部的定岗定编与人员考核",
            "完善考勤管理与劳动纪律，审批重大投诉处理及经济责任认定",
            "组织第三方独立监测与神秘顾客暗访，定期评估服务质量",
        ],
    },
    {
        "name": "餐饮部经理",
        "department": "餐饮部",
        "rank": "manager",
        "quota": 1,
        "responsibilities": [
            "做好餐饮部总监的助手，主要侧重于预订管理及前厅与后厨的协调工作",
            "积极整顿传菜部，提升人员的综合素质及工作效率",
            "督导落实总办要求的数据化管理工作",
            "配合总监完善考勤管理及人员劳动纪律的整顿",
            "负责卫生质检及服务质量质检，做好菜品意见搜集—整理—反馈",
            "负责与酒店各部门的沟通协调及工作衔接",
        ],
    },
    {
        "name": "楼面助理",
        "department": "餐饮部",
        "rank": "supervisor",
        "quota": 1,
        "responsibilities": [
            "全面协调二、三楼各小组的配合及人手调配，跟进落实“一拖三”服务管理工作",
            "灵活调配人手实施全面服务质量管理，跟进各服务细节",
            "负责楼面资产盘管工作及安全工作",
            "负责设施设备及场地的维护检查与报修工作",
            "配合业务部做好重客、大客的服务维护工作",
            "负责低值易耗品、布草、前厅餐具管理及人员仪容仪表、精神面貌管理",
        ],
    },
    {
        "name": "营业部组长",
        "department": "营业部",
        "rank": "team_leader",
        "quota": 1,
        "responsibilities": [
            "直管营业部，带领迎宾员及餐位预订员负责营业部日常工作",
            "忙完迎接引领客人后，配合业务部主管维护好自带散客，做好内营工作",
            "生意红火时组织营业部人员抽调到楼面值台顶岗",
            "负责迎宾员一职多能培训，把迎宾员培育成多面体的优质服务人员",
        ],
    },
    {
        "name": "迎宾员",
        "department": "营业部",
        "rank": "staff",
        "quota": 3,
        "responsibilities": [
            "按标准迎接、引领客人入座，熟悉各包房及大厅台位使用情况",
            "及时回应客人咨询，使用友好的语气耐心解答，确保客人理解",
            "生意红火时服从调配，抽调到楼面值台顶岗",
            "参加一职多能培训，掌握值台服务技能",
        ],
    },
    {
        "name": "餐位预订员",
        "department": "营业部",
        "rank": "staff",
        "quota": 2,
        "responsibilities": [
            "及时接听预订电话、回复短信和在线咨询，准确记录预订信息",
            "按餐位及包房使用情况合理安排预订，及时通知楼面及后厨",
            "客户信息保密，不得泄露客户资料",
            "接到投诉第一时间向客人致歉，承诺5分钟内给予回应并转交相关部门处理",
        ],
    },
    {
        "name": "业务部经理",
        "department": "业务部",
        "rank": "manager",
        "quota": 1,
        "responsibilities": [
            "带领客户经理及业务主管做好酒店的外联内营工作",
            "积极拓展客源，做好公关维护工作",
            "负责重客、大客的接待安排与服务跟进",
            "对业务人员的服务质量进行评估，并根据评估反馈及时调整提升",
        ],
    },
    {
        "name": "客户经理",
        "department": "业务部",
        "rank": "supervisor",
        "quota": 1,
        "responsibilities": [
            "协助业务部经理开展外联工作，拓展团体及宴会客源",
            "维护重点客户关系，定期回访并收集客户意见",
            "跟进家宴、商务宴请的预订与服务落实",
        ],
    },
    {
        "name": "业务主管",
        "department": "业务部",
        "rank": "supervisor",
        "quota": 1,
        "responsibilities": [
            "维护好自带散客，做好内营工作",
            "配合营业部组长做好散客的迎接与回访",
            "带领业务员开展公关销售，建立客户档案",
            "收集客户反馈信息，及时反馈到相关部门",
        ],
    },
    {
        "name": "业务员",
        "department": "业务部",
        "rank": "staff",
        "quota": 2,
        "responsibilities": [
            "告知客户酒店宴席产品的特点及注意事项",
            "及时回应客户电话、短信和在线咨询",
            "客户信息保密，不得泄露客户资料",
        ],
    },
    {
        "name": "传菜主管",
        "department": "传菜部",
        "rank": "supervisor",
        "quota": 1,
        "responsibilities": [
            "全面负责传菜部日常管理，合理安排传菜人员班次",
            "把控出品程序与传菜速度，保证菜品及时、准确送达",
            "配合配单人员做好分类送单工作",
            "对传菜部长、传菜组长的工作进行督导与质检",
        ],
    },
    {
        "name": "传菜部长",
        "department": "传菜部",
        "rank": "section_head",
        "quota": 1,
        "responsibilities": [
            "有效梳理家宴传菜速度及出品程序把控工作",
            "闲时调派到前厅负责跟进服务及巡查督导",
            "配合配单人员分类送单",
            "检查传菜通道及出菜口的卫生与安全",
        ],
    },
    {
        "name": "传菜组长",
        "department": "传菜部",
        "rank": "team_leader",
        "quota": 1,
        "responsibilities": [
            "带领传菜员按单传菜，确保上菜顺序与时间符合标准",
            "班前检查组员仪容仪表，班后组织传菜通道及出菜口清洁",
            "负责新员工带教，做好自查并接受上级质检",
        ],
    },
    {
        "name": "传菜员",
        "department": "传菜部",
        "rank": "staff",
        "quota": 14,
        "responsibilities": [
            "按单准确、及时传菜，上菜时报清菜名",
            "协助值台服务员撤换餐具、收台",
            "保持传菜通道畅通、清洁，注意行走安全",
            "生意红火时服从调配，协助楼面服务",
        ],
    },
    {
        "name": "楼面部长",
        "department": "楼面服务部",
        "rank": "section_head",
        "quota": 2,
        "responsibilities": [
            "负责本楼层大厅及包房的服务管理，督导各小组落实“一拖三”服务管理工作",
            "每餐巡查本楼层各区域，复查组长的检查结果，发现问题立即整改",
            "忙时协调各组联合作战，合理调配人手",
            "处理本楼层客人投诉，及时向楼面助理汇报",
        ],
    },
    {
        "name": "包房组长",
        "department": "楼面服务部",
        "rank": "team_leader",
        "quota": 4,
        "responsibilities": [
            "立岗问责，带领组员做好所辖包房的餐前准备、餐中服务及餐后收尾",
            "班前检查所辖包房及组员仪容仪表，督导各服务细节",
            "对自来散客进行有效的基本维护，配合业务部维护客源",
            "忙时与其他组长商讨协调，联合作战",
        ],
    },
    {
        "name": "大厅组长",
        "department": "楼面服务部",
        "rank": "team_leader",
        "quota": 2,
        "responsibilities": [
            "带领值台服务员做好大厅台位的服务工作",
            "负责大厅卫生、台面摆设及餐具的检查",
            "对自来散客进行有效的基本维护",
            "忙时与其他组长商讨协调，联合作战",
        ],
    },
    {
        "name": "值台服务员",
        "department": "楼面服务部",
        "rank": "staff",
        "quota": 6,
        "responsibilities": [
            "按服务标准做好值台服务，及时回应客人需求",
            "做好台面摆设、餐具及布草的准备与更换",
            "收集客人菜品意见并及时反馈组长",
            "保持所辖台位卫生整洁",
        ],
    },
    {
        "name": "包房服务员",
        "department": "楼面服务部",
        "rank": "staff",
        "quota": 12,
        "responsibilities": [
            "按包房服务流程做好餐前准备、餐中服务及餐后收尾",
            "熟悉菜品特点，主动向客人介绍",
            "检查包房设施设备，发现故障及时报告报修",
            "收集客人意见及菜品意见，及时反馈组长",
        ],
    },
    {
        "name": "工程主管",
        "department": "工程部",
        "rank": "supervisor",
        "quota": 1,
        "responsibilities": [
            "全面负责餐饮区域设施设备的维护管理工作",
            "接收楼面设施设备报修，安排维修人员及时处理",
            "制定设施设备定期保养计划并组织落实",
            "负责工程安全检查，排除安全隐患",
        ],
    },
    {
        "name": "工程维修员",
        "department": "工程部",
        "rank": "staff",
        "quota": 3,
        "responsibilities": [
            "按报修单及时维修楼面设施设备，修复后请报修人验收",
            "按计划对空调、照明、音响等设备进行巡检保养",
            "做好维修记录，保持工具及材料整洁",
        ],
    },
    {
        "name": "人事专员",
        "department": "人事部",
        "rank": "staff",
        "quota": 1,
        "responsibilities": [
            "负责定岗定编、人员编制及员工档案管理",
            "负责员工考勤统计及排班表核对",
            "配合总监完善考勤管理及劳动纪律整顿",
            "组织新员工入职培训及一职多能岗位培训",
        ],
    },
]

QUALIFICATION_LEVELS: tuple[str, ...] = ("training", "qualified", "trainer")

# Staff, top-down. "extra_posts" are further posts an employee may stand at (一职多能).
# fmt: off
EMPLOYEES: list[dict] = [
    # 餐饮部
    {"code": "FQ001", "name": "黎志刚", "post": "餐饮部总监", "leader": None, "phone": "18798365912", "hire_date": "2015-03-16", "extra_posts": [], "active": True},
    {"code": "FQ002", "name": "韦美玲", "post": "餐饮部经理", "leader": "FQ001", "phone": "18352815423", "hire_date": "2016-08-01", "extra_posts": [], "active": True},
    {"code": "FQ003", "name": "覃丽娟", "post": "楼面助理", "leader": "FQ002", "phone": "18738255156", "hire_date": "2018-04-09", "extra_posts": [("楼面部长", "trainer")], "active": True},
    # 业务部
    {"code": "FQ004", "name": "钟国强", "post": "业务部经理", "leader": "FQ001", "phone": "18692174167", "hire_date": "2016-02-22", "extra_posts": [], "active": True},
    {"code": "FQ005", "name": "陆浩然", "post": "客户经理", "leader": "FQ004", "phone": "13508406430", "hire_date": "2019-07-15", "extra_posts": [], "active": True},
    {"code": "FQ006", "name": "罗雪梅", "post": "业务主管", "leader": "FQ004", "phone": "15124168805", "hire_date": "2017-10-10", "extra_posts": [("营业部组长", "qualified")], "active": True},
    {"code": "FQ007", "name": "莫思琪", "post": "业务员", "leader": "FQ006", "phone": "18632088567", "hire_date": "2023-03-06", "extra_posts": [], "active": True},
    {"code": "FQ008", "name": "蒙家豪", "post": "业务员", "leader": "FQ006", "phone": "13959538768", "hire_date": "2024-09-02", "extra_posts": [], "active": True},
    # 营业部: one team leader, greeters and reservation clerks
    {"code": "FQ009", "name": "黄晓婷", "post": "营业部组长", "leader": "FQ002", "phone": "15272240328", "hire_date": "2019-05-20", "extra_posts": [("迎宾员", "trainer"), ("包房服务员", "qualified")], "active": True},
    {"code": "FQ010", "name": "梁诗雨", "post": "迎宾员", "leader": "FQ009", "phone": "15174558852", "hire_date": "2024-04-08", "extra_posts": [("值台服务员", "qualified"), ("餐位预订员", "qualified")], "active": True},
    {"code": "FQ011", "name": "吴佳欣", "post": "迎宾员", "leader": "FQ009", "phone": "18786082144", "hire_date": "2025-02-17", "extra_posts": [("值台服务员", "training")], "active": True},
    {"code": "FQ012", "name": "陈嘉怡", "post": "餐位预订员", "leader": "FQ009", "phone": "13759564190", "hire_date": "2021-11-01", "extra_posts": [("迎宾员", "qualified"), ("值台服务员", "qualified")], "active": True},
    {"code": "FQ013", "name": "苏婉清", "post": "餐位预订员", "leader": "FQ009", "phone": "18905066007", "hire_date": "2022-06-13", "extra_posts": [("迎宾员", "qualified")], "active": True},
    # 传菜部: supervisor → section head → team leader → 14 runners
    {"code": "FQ014", "name": "谭永康", "post": "传菜主管", "leader": "FQ002", "phone": "15094075613", "hire_date": "2017-05-08", "extra_posts": [], "active": True},
    {"code": "FQ015", "name": "廖俊杰", "post": "传菜部长", "leader": "FQ014", "phone": "18013231864", "hire_date": "2020-03-02", "extra_posts": [("楼面部长", "qualified")], "active": True},
    {"code": "FQ016", "name": "何振宇", "post": "传菜组长", "leader": "FQ015", "phone": "18603740609", "hire_date": "2021-08-16", "extra_posts": [("传菜员", "trainer")], "active": True},
    {"code": "FQ017", "name": "冯子豪", "post": "传菜员", "leader": "FQ016", "phone": "13686770546", "hire_date": "2022-03-14", "extra_posts": [("值台服务员", "qualified")], "active": True},
    {"code": "FQ018", "name": "杨俊熙", "post": "传菜员", "leader": "FQ016", "phone": "15105250305", "hire_date": "2022-07-04", "extra_posts": [("值台服务员", "qualified")], "active": True},
    {"code": "FQ019", "name": "曾志明", "post": "传菜员", "leader": "FQ016", "phone": "13870152397", "hire_date": "2022-11-21", "extra_posts": [("值台服务员", "training")], "active": True},
    {"code": "FQ020", "name": "邓伟健", "post": "传菜员", "leader": "FQ016", "phone": "13778891594", "hire_date": "2023-01-09", "extra_posts": [("包房服务员", "training")], "active": True},
    {"code": "FQ021", "name": "许家乐", "post": "传菜员", "leader": "FQ016", "phone": "18887496510", "hire_date": "2023-04-17", "extra_posts": [], "active": True},
    {"code": "FQ022", "name": "蔡文斌", "post": "传菜员", "leader": "FQ016", "phone": "13943707635", "hire_date": "2023-06-26", "extra_posts": [], "active": True},
    {"code": "FQ023", "name": "潘小龙", "post": "传菜员", "leader": "FQ016", "phone": "15014483266", "hire_date": "2023-09-11", "extra_posts": [], "active": True},
    {"code": "FQ024", "name": "卢浩宇", "post": "传菜员", "leader": "FQ016", "phone": "15179563094", "hire_date": "2024-02-19", "extra_posts": [], "active": True},
    {"code": "FQ025", "name": "姚宏伟", "post": "传菜员", "leader": "FQ016", "phone": "18144947757", "hire_date": "2024-05-06", "extra_posts": [], "active": True},
    {"code": "FQ026", "name": "方锦鹏", "post": "传菜员", "leader": "FQ016", "phone": "18642555034", "hire_date": "2024-08-12", "extra_posts": [], "active": True},
    {"code": "FQ027", "name": "杜明轩", "post": "传菜员", "leader": "FQ016", "phone": "13699707013", "hire_date": "2025-01-06", "extra_posts": [], "active": True},
    {"code": "FQ028", "name": "彭宇航", "post": "传菜员", "leader": "FQ016", "phone": "13597499213", "hire_date": "2025-04-14", "extra_posts": [], "active": True},
    {"code": "FQ029", "name": "石俊峰", "post": "传菜员", "leader": "FQ016", "phone": "15180580335", "hire_date": "2025-10-20", "extra_posts": [], "active": True},
    {"code": "FQ030", "name": "肖建波", "post": "传菜员", "leader": "FQ016", "phone": "18805865167", "hire_date": "2026-03-09", "extra_posts": [], "active": True},
    # 楼面服务部: 楼面助理 → one section head per floor → group leaders → about three servers
    {"code": "FQ031", "name": "刘雅琴", "post": "楼面部长", "leader": "FQ003", "phone": "18892844120", "hire_date": "2018-09-03", "extra_posts": [], "active": True},
    {"code": "FQ032", "name": "唐慧敏", "post": "楼面部长", "leader": "FQ003", "phone": "18042246029", "hire_date": "2019-03-11", "extra_posts": [], "active": True},
    # 二楼
    {"code": "FQ033", "name": "张丽清", "post": "包房组长", "leader": "FQ031", "phone": "15237780452", "hire_date": "2020-05-18", "extra_posts": [("包房服务员", "trainer"), ("值台服务员", "qualified")], "active": True},
    {"code": "FQ034", "name": "李欣怡", "post": "包房服务员", "leader": "FQ033", "phone": "18167554396", "hire_date": "2023-04-03", "extra_posts": [("值台服务员", "qualified")], "active": True},
    {"code": "FQ035", "name": "王紫涵", "post": "包房服务员", "leader": "FQ033", "phone": "15830671458", "hire_date": "2024-07-15", "extra_posts": [], "active": True},
    {"code": "FQ036", "name": "赵晓燕", "post": "包房服务员", "leader": "FQ033", "phone": "18623463202", "hire_date": "2022-10-24", "extra_posts": [], "active": True},
    {"code": "FQ037", "name": "孙桂芳", "post": "包房组长", "leader": "FQ031", "phone": "13984542260", "hire_date": "2019-12-02", "extra_posts": [("包房服务员", "trainer")], "active": True},
    {"code": "FQ038", "name": "胡美琪", "post": "包房服务员", "leader": "FQ037", "phone": "13573053902", "hire_date": "2023-08-21", "extra_posts": [], "active": True},
    {"code": "FQ039", "name": "郭雨婷", "post": "包房服务员", "leader": "FQ037", "phone": "18095589409", "hire_date": "2025-03-10", "extra_posts": [], "active": True},
    {"code": "FQ040", "name": "马思婷", "post": "包房服务员", "leader": "FQ037", "phone": "13810208604", "hire_date": "2024-11-04", "extra_posts": [], "active": True},
    {"code": "FQ041", "name": "林秋菊", "post": "大厅组长", "leader": "FQ031", "phone": "13744198012", "hire_date": "2020-10-12", "extra_posts": [("值台服务员", "trainer")], "active": True},
    {"code": "FQ042", "name": "高志伟", "post": "值台服务员", "leader": "FQ041", "phone": "13679068808", "hire_date": "2023-05-29", "extra_posts": [("迎宾员", "qualified"), ("传菜员", "qualified")], "active": True},
    {"code": "FQ043", "name": "宋佳琪", "post": "值台服务员", "leader": "FQ041", "phone": "18818712324", "hire_date": "2024-03-18", "extra_posts": [], "active": True},
    {"code": "FQ044", "name": "郑晓丽", "post": "值台服务员", "leader": "FQ041", "phone": "13535034466", "hire_date": "2025-06-09", "extra_posts": [], "active": True},
    # 三楼
    {"code": "FQ045", "name": "谢春燕", "post": "包房组长", "leader": "FQ032", "phone": "18657760143", "hire_date": "2019-06-24", "extra_posts": [("包房服务员", "trainer")], "active": True},
    {"code": "FQ046", "name": "韩雪莹", "post": "包房服务员", "leader": "FQ045", "phone": "15905323526", "hire_date": "2022-12-05", "extra_posts": [], "active": True},
    {"code": "FQ047", "name": "曹丹丹", "post": "包房服务员", "leader": "FQ045", "phone": "18746338260", "hire_date": "2024-05-27", "extra_posts": [], "active": True},
    {"code": "FQ048", "name": "袁梦洁", "post": "包房服务员", "leader": "FQ045", "phone": "13590981729", "hire_date": "2025-09-15", "extra_posts": [], "active": True},
    {"code": "FQ049", "name": "邹红霞", "post": "包房组长", "leader": "FQ032", "phone": "18307516561", "hire_date": "2021-02-22", "extra_posts": [], "active": True},
    {"code": "FQ050", "name": "熊静怡", "post": "包房服务员", "leader": "FQ049", "phone": "18181997905", "hire_date": "2023-10-16", "extra_posts": [], "active": True},
    {"code": "FQ051", "name": "丁晓雯", "post": "包房服务员", "leader": "FQ049", "phone": "18997844368", "hire_date": "2026-03-02", "extra_posts": [], "active": True},
    # a hall server over the 值台服务员 quota, lent to the short-handed private-room group
    {"code": "FQ052", "name": "沈家伟", "post": "值台服务员", "leader": "FQ049", "phone": "18601992045", "hire_date": "2026-01-12", "extra_posts": [("包房服务员", "training")], "active": True},
    {"code": "FQ053", "name": "叶秋萍", "post": "大厅组长", "leader": "FQ032", "phone": "18754532695", "hire_date": "2020-07-06", "extra_posts": [("值台服务员", "trainer")], "active": True},
    {"code": "FQ054", "name": "程子健", "post": "值台服务员", "leader": "FQ053", "phone": "18864442787", "hire_date": "2023-02-13", "extra_posts": [], "active": True},
    {"code": "FQ055", "name": "江美华", "post": "值台服务员", "leader": "FQ053", "phone": "18285871775", "hire_date": "2024-08-19", "extra_posts": [], "active": True},
    {"code": "FQ056", "name": "傅晓琳", "post": "值台服务员", "leader": "FQ053", "phone": "13806549121", "hire_date": "2025-04-21", "extra_posts": [], "active": True},
    # 工程部 (support)
    {"code": "FQ057", "name": "严国栋", "post": "工程主管", "leader": "FQ001", "phone": "18656911361", "hire_date": "2016-11-07", "extra_posts": [], "active": True},
    {"code": "FQ058", "name": "朱文辉", "post": "工程维修员", "leader": "FQ057", "phone": "15077837562", "hire_date": "2018-06-18", "extra_posts": [], "active": True},
    {"code": "FQ059", "name": "段立新", "post": "工程维修员", "leader": "FQ057", "phone": "13805241857", "hire_date": "2021-09-06", "extra_posts": [], "active": True},
    {"code": "FQ060", "name": "侯志强", "post": "工程维修员", "leader": "FQ057", "phone": "18111506647", "hire_date": "2024-02-26", "extra_posts": [], "active": True},
    # 人事部 (support)
    {"code": "FQ061", "name": "范婧", "post": "人事专员", "leader": "FQ001", "phone": "18736703015", "hire_date": "2020-04-13", "extra_posts": [], "active": True},
    # former staff, kept for history
    {"code": "FQ062", "name": "任晓芸", "post": "迎宾员", "leader": "FQ009", "phone": "18051807837", "hire_date": "2022-05-09", "extra_posts": [], "active": False},
    {"code": "FQ063", "name": "白少华", "post": "值台服务员", "leader": "FQ041", "phone": "15079622490", "hire_date": "2021-07-19", "extra_posts": [], "active": False},
]

TEAMS: list[dict] = [
    {"name": "营业组", "department": "营业部", "leader": "FQ009", "members": ["FQ010", "FQ011", "FQ012", "FQ013"]},
    {"name": "业务外联组", "department": "业务部", "leader": "FQ006", "members": ["FQ007", "FQ008"]},
    {
        "name": "传菜组",
        "department": "传菜部",
        "leader": "FQ016",
        "members": [f"FQ{n:03d}" for n in range(17, 31)],
    },
    {"name": "二楼包房一组", "department": "楼面服务部", "leader": "FQ033", "members": ["FQ034", "FQ035", "FQ036"]},
    {"name": "二楼包房二组", "department": "楼面服务部", "leader": "FQ037", "members": ["FQ038", "FQ039", "FQ040"]},
    {"name": "二楼大厅组", "department": "楼面服务部", "leader": "FQ041", "members": ["FQ042", "FQ043", "FQ044"]},
    {"name": "三楼包房一组", "department": "楼面服务部", "leader": "FQ045", "members": ["FQ046", "FQ047", "FQ048"]},
    {"name": "三楼包房二组", "department": "楼面服务部", "leader": "FQ049", "members": ["FQ050", "FQ051", "FQ052"]},
    {"name": "三楼大厅组", "department": "楼面服务部", "leader": "FQ053", "members": ["FQ054", "FQ055", "FQ056"]},
    {"name": "工程组", "department": "工程部", "leader": "FQ057", "members": ["FQ058", "FQ059", "FQ060"]},
]

# fmt: on

AREA_KINDS: list[str] = [
    "hall",
    "private_room",
    "reception",
    "passage",
    "pass",
    "restroom",
    "bar",
    "kitchen",
    "other",
]

# fmt: off
# Private rooms skip the number 4, as many Chinese venues do.
AREAS: list[dict] = [
    # 一楼
    {"name": "迎宾台", "kind": "reception", "floor": "1F", "department": "营业部", "default_team": "营业组"},
    {"name": "预订台", "kind": "reception", "floor": "1F", "department": "营业部", "default_team": "营业组"},
    {"name": "一楼电梯厅", "kind": "other", "floor": "1F", "department": "营业部", "default_team": "营业组"},
    {"name": "工程值班室", "kind": "other", "floor": "1F", "department": "工程部", "default_team": "工程组"},
    # 二楼
    {"name": "二楼大厅", "kind": "hall", "floor": "2F", "department": "楼面服务部", "default_team": "二楼大厅组"},
    {"name": "牡丹厅 201", "kind": "private_room", "floor": "2F", "department": "楼面服务部", "default_team": "二楼包房一组"},
    {"name": "芙蓉厅 202", "kind": "private_room", "floor": "2F", "department": "楼面服务部", "default_team": "二楼包房一组"},
    {"name": "海棠厅 203", "kind": "private_room", "floor": "2F", "department": "楼面服务部", "default_team": "二楼包房二组"},
    {"name": "兰亭厅 205", "kind": "private_room", "floor": "2F", "department": "楼面服务部", "default_team": "二楼包房二组"},
    {"name": "二楼吧台", "kind": "bar", "floor": "2F", "department": "楼面服务部", "default_team": "二楼大厅组"},
    {"name": "二楼洗手间", "kind": "restroom", "floor": "2F", "department": "楼面服务部", "default_team": "二楼大厅组"},
    {"name": "出菜口", "kind": "pass", "floor": "2F", "department": "传菜部", "default_team": "传菜组"},
    {"name": "二楼传菜通道", "kind": "passage", "floor": "2F", "department": "传菜部", "default_team": "传菜组"},
    {"name": "中餐后厨", "kind": "kitchen", "floor": "2F", "department": "餐饮部", "default_team": None},
    # 三楼
    {"name": "三楼大厅", "kind": "hall", "floor": "3F", "department": "楼面服务部", "default_team": "三楼大厅组"},
    {"name": "紫荆厅 301", "kind": "private_room", "floor": "3F", "department": "楼面服务部", "default_team": "三楼包房一组"},
    {"name": "翠竹厅 302", "kind": "private_room", "floor": "3F", "department": "楼面服务部", "default_team": "三楼包房一组"},
    {"name": "金桂厅 303", "kind": "private_room", "floor": "3F", "department": "楼面服务部", "default_team": "三楼包房二组"},
    {"name": "雅韵厅 306", "kind": "private_room", "floor": "3F", "department": "楼面服务部", "default_team": "三楼包房二组"},
    {"name": "三楼洗手间", "kind": "restroom", "floor": "3F", "department": "楼面服务部", "default_team": "三楼大厅组"},
    {"name": "三楼传菜通道", "kind": "passage", "floor": "3F", "department": "传菜部", "default_team": "传菜组"},
]

# fmt: on

ROLES: tuple[str, ...] = ("admin", "hr", "manager", "supervisor", "leader", "staff")

# Demo log-ins, one per role. Passwords are for the demo database only.
USERS: list[dict] = [
    {"username": "admin", "password": "admin123", "role": "admin", "employee": None},
    # 人事专员
    {"username": "hr", "password": "hr1234", "role": "hr", "employee": "FQ061"},
    # 餐饮部经理
    {"username": "manager", "password": "manager123", "role": "manager", "employee": "FQ002"},
    # 楼面助理
    {"username": "supervisor", "password": "super123", "role": "supervisor", "employee": "FQ003"},
    # 二楼包房一组组长 and one of the group's servers
    {"username": "leader", "password": "leader123", "role": "leader", "employee": "FQ033"},
    {"username": "staff", "password": "staff123", "role": "staff", "employee": "FQ034"},
]
