"""Word lists behind the metric labels (metrics.py): which words start, end or cut the label of a number.

Plain data, one word list per rule, in the order metrics.py applies them. Longer words win over shorter ones.
"""

# Verbs that introduce the counted thing: the label starts after the last of them (建立网格党支部492个).
VERBS = """
建立 设立 选派 划分 配备 组建 成立 建成 培树 引入 引进 收集 签订 解决 推动 打造
储备 纳入 培养 创建 增设 募集 实施 完成 开展 组织 吸引 承接 签约 覆盖 协助 清理
加载 形成 对接 走进 带动 流转 化解 登记 选拔 兼任 整合 召开 评选 推选 吸纳 招募
颁发 补充 注册 开设 安装 公布 设置 发动 引导 举办 帮助 实现 提供 新建 建设
规划建设 建有 拥有 组成 发放 走访 接待 受理 办理 排查 排化 摸排 梳理 交办 认领
承诺 联系 包保 招工 落实 申请 捐助 捐赠 取得 获得 获评 培训 慰问 处理 调处 回应
推出 制定 出台 印发 谋划 优化 调整 改造 升级 推送 搭建 配齐 配强 选配 选聘 招聘
吸收 授予 表彰 认定 评定 创成 盘活 新增 新组建 新选派 结对 下派 派驻 入驻 下沉
动员 号召 带领 开发 构建 投入 筹集 争取 拨付 下拨 设有 下设 储备 收到 征集 发现
上报 召集 划定 存在 聚焦 围绕 针对 通过 依托 按照 推进 深化 选树 培育 挖掘 打通
清退 领办 共有 现有 接收 接纳 聚集 集聚 汇聚 捐资 整理出 评出 选出 排查出 梳理出 年产 放映 修建 修缮
装上 装好 商定 约定 议定 建起 建好 办起 开办 商议 讨论 协商 代办
领到 分到 分包 促成 申报
"""

# Verbs of talking over or doing for: a deed before a generic noun (共协商道路硬化、…等事项52件 -> 协商事项), part of
# the name before any other (建立协商议事会12个 -> 协商议事会, 代办事务).
TALK = "讨论 协商 代办"

# Verbs of a figure changing, up or down (投诉同比下降11%, 满意度提高到95%): the one list of them. Each reader of a
# change adds the words of its own reading: metric_kinds the doubling (翻番; a percentage after RESIZE is no change
# there, as before); metric_found and metric_phrases a size or span changed (RESIZE) and the bare 降/升
# (metric_phrases guards them: not 空降, 晋升); metric_phrases the sharp moves a level is reached by (攀升到, 骤降至 …).
# metric_phrases' changing clause end (…所占比例逐年下降，| 由57.03%…), metric_skips' multiple of growth and
# metric_durations' shortened time keep their own words (each a narrower reading, left as found).
CHANGE = "提升 提高 增加 增长 上升 跃升 下降 降低 减少 精简 精减 压减 压缩"
RESIZE = "扩大 缩小 缩短"

# Words stripped from the end of the text before a number (覆盖率达95.6% -> 覆盖率).
TRAIL = """
达到 达 为 至 了 共计 共有 共 累计 合计 总计 均 都 已有 已经 已 现有 只有 仅有
仅 拥有 有 是 分别为 分别 最初 目前 还 新 约 近 超过 超 逾 将近 接近 大约
不少于 不低于 至少 发展到 增至 突破 将 从 由 每 以 在 按 按照 高达 多达 不足
不到 低于 少于 每天 每日 每周 每月 每季度 每年 各 平均
就 也 足足 整整 足有 竟然 却 只需 只要 仅需 不 率先 预计 可以 全部
现已 曾经 曾 总共 总共有
"""

# Scope words and adverbs stripped from the start of a label (全市共划分网格 -> 网格).
LEAD = """
的 了 全市 全区 全县 全州 全省 全乡 全镇 全国 全街道 辖区 共 累计 已 已经 还 并
均 其中 另 又 分别为 分别 先后 逐步 同时 目前 截至目前 此外 现在 当初 各类 去年 今年 前年
已有 还有 累计有
如今 这个 这些 我们 咱们 截至 下一步 将
"""

# Adverbs of summing up inside a label: what stands before them is who acted (服务站累计服务群众 -> 服务群众).
TALLY = "累计 共计"

# Words that end the noun after a counting word (5730名在职党员到626个小区 -> 在职党员).
STOP_AFTER = """
进行 开展 参与 参加 组成 加入 走进 进入 兼任 担任 入驻 进驻 下沉 实现 提供 获评 获得
荣获 成为 当好 积极 主动 定期 亮明 结对 帮助 解决 完成 实施 发放 捐赠 报到 推广
培养 发展 流转 精准 负责 包保 联系 承担 定岗 纳入 受到 前往 深入 走访 上门 集中
投入 用于 覆盖 建立 成立 接受 转为 颁发 重温 编入 有了 常态化 作为 分别 担当 当
授 兼职 补充 新补充 新增 还 也 顺利 陆续 相继 先后 即 推行 存在 改造 升级 开设
设立 配备 划分 共同 全部 领办 签约 达到 没有 实行 分类 参照 整合 优化 通过 依托 成功 更换 安装 加装
全覆盖 落地 落户 投用 开工 完工 构成 提升 提高 增加 增长 上升 跃升 下降 降低 减少
细化 拆分 合并 归并 认领 领取 牵头 上岗 带头 值守 轮值 共有 拥有 现有 建有 设有 同时
划定 结成 组建 每 今年 以来 来到 赶到 得到 予以 建成 抱团
开进 开到 开赴 变身 长势 入选 入股 建在 建于 正在 利用 自发 自愿 纷纷
按照 按 根据 依据
大力 全力 着力 广泛 全面 扎实 切实 不断 持续 层层 逐一 一一 逐户 挨家挨户 各选出 各选派 各推选 各配备 各设立 平均
达 占 是 为 由 从 以 被 把 将 让 使 给 向 于 对 和 与 及 并 等 均 都 已 又
到
"""

# Words for money said after a sum (约12000余元钱, 近20亿元人民币): they name no thing counted, the label is before.
CURRENCY = """
钱 元钱 块钱 人民币 美元
"""

# Head nouns: a noun phrase after a counting word is cut after the last of them when it runs on.
HEADS = """
党支部 党总支 党委 工委 党组织 党小组 支部 党员 干部 社区 小区 企业 单位 网格 驿站
站点 中心 队伍 队 人员 群众 居民 志愿者 项目 问题 活动 家庭 户 村 机构 平台 场所
设备 岗位 成员 商户 商家 门店 资金 经费 订单 部门 委员会 协会 联盟 基地 公寓 食堂
学校 高校 院校 医院 园区 楼宇 专班 工作组 小组 组 者 员 长 师 人才 骨干 群体 主体 清单
事项 措施 场景 板块 牌子 示范点 点 站 室 书记 司机 组织 主干 老人 儿童 学生 青年 妇女 村民 骑手
超市 商店 乡镇 街道 村委会 居委会 资源 资产 土地 耕地 林地 农田 山林 田地
"""

# A number with 万/亿 but no counting word takes its unit from what the label ends with (人口278万 -> 人).
IMPLIED_UNITS: tuple[tuple[str, str], ...] = (
    ("人口 人数 居民 群众 党员 志愿者 人才 职工 劳动力 用户 会员 游客", "人"),
    ("户数 农户 住户", "户"),
    ("人次", "人次"),  # 累计学习人次突破120万: the measure named before the number
    ("件数", "件"),
    ("收入 资金 投资 产值 营业额 金额 经费 销售额 交易额 增收 税收 GDP 奖补 补贴 租金", "元"),
)

# A label that is only one of these (or a 、-list of them) names a place, not what is counted (自治区、市、区).
ADMINISTRATIVE = """
自治区 自治州 特别行政区 省 市 区 县 州 旗 盟 乡 镇 街道 苏木 地区 新区 开发区 全市 全区 全县 全省
村里 镇里 乡里 区里 县里 市里 全村 全镇 全乡
该市 该区 该县 该旗 该州 该盟 该乡 该镇 该街道 该社区 该村 该小区
"""

# Verbs that are not in VERBS (they do not start a label) but can be a whole label on their own (开展400场).
DEEDS = """
调研 入户 服务 服务覆盖 走访调研 帮扶 救助 接访 回访 巡查 宣讲 推动 开展 参与 协调 调解 服务群众 整改
"""

# Words after a counting word that open a clause on where the counted come from: the noun is after its 的
# (30余名来自市直机关、驻区单位的在职党员 -> 在职党员).
ORIGIN = """
来自 分别来自 来源于 出自 居住在 生活在 工作在 分布在 涵盖 包括
"""

# What a unit counts, for a label that is only a verb (调研126次 -> 调研次数, 捐助2000元 -> 捐助金额).
UNIT_NOUNS = {
    "元": "金额",
    "美元": "金额",
    "人": "人数",
    "名": "人数",
    "位": "人数",
    "人次": "人次",
    "户": "户数",
    "户次": "户次",
    "次": "次数",
    "场": "场次",
    "场次": "场次",
    "件": "件数",
    "件次": "件次",
    "项": "项数",
    "个": "个数",
    "家": "家数",
    "条": "条数",
}

# Nouns after a small Chinese numeral that make it the parts of a scheme (组建三支队伍, 建立五个机制), not a count.
MECHANISMS = """
机制 体系 队伍 清单 工程 行动 模式 制度 方面 举措 措施 载体 阵地 环节 职能 步骤 原则 理念 优势 目标
任务 职责 作用 抓手 路径 法宝 结合 联动 到位 覆盖 统一
"""

# Generic nouns that name no counted thing a reader can compare (党员 25 beside 党员 300): the deed of their
# clause is kept with them (metric_deeds.py: 亮明身份的党员, 推行社区合伙人计划的社区, 解决问题).
GENERIC = """
党员 党员干部 干部 群众 居民 村民 人员 志愿者 职工 青年 妇女 学生 老人 乡亲 人 人数
社区 村 小区 企业 单位 家庭 户 商户 问题 诉求 事项 活动 实事 业务 用户 居民区 楼门 楼栋 项目
纠纷 矛盾纠纷 矛盾 案件 信访件 投诉 工单
"""  # (cases are counted at each stage, 受理矛盾纠纷436件 / 化解402件: the verb says which, 受理 or 化解)

# Verbs of having: what a unit has is a state, its noun no deed (现有党员6名 stays 党员).
HAVING = """
有 共有 现有 拥有 建有 设有 存在 还有 已有 聚集 集聚 汇聚 分布
"""

# Verbs that only frame what follows (按照居民区每300户…, 通过…, 依托…): no deed of the counted noun.
FRAMING = """
按照 依托 围绕 针对 聚焦 对照 参照
"""

# Adverbs before a deed, dropped from it (154名党员分别担任…, 1650名党员积极上岗服务).
DEED_ADVERBS = """
积极 主动 分别 定期 先后 陆续 相继 全部 共同 纷纷 自发 自愿 均 都 已 已经 正在 还 也 又 再 常态化 全程 予以
"""

# What opens no deed after the counted noun: a copula, a conjunction, a preposition, having.
NOT_DEED = """
是 为 和 与 及 并 等 由 从 以 被 把 将 让 使 给 向 于 对 中 的 达 占 有 共 或 、 之 其 均 都
"""
