"""Headlines printed in traditional characters on a simplified page (heldout22 p02, invented: `沙縣區“小吃夜校”培訓進村` /
`黨員帶頭傳手藝`): the headline rules' words are simplified (`党员`, `区`), so a traditional headline's two lines were
read as a kicker over a headline. `simplified` reads each character the rules ask about as its simplified form, one
for one (the text keeps its length, so that positions found in it hold in the printed text); the text written out is
the page's own. Only the characters common in reports on governance are listed; one traditional form for each.
Numbers read their counting words with it too (`7個社區, 3萬餘人`: extract/numbers).
"""

from __future__ import annotations

import re

_TRADITIONAL = (
    "來係個們偉側傑備傳傷僅價億優儲兒內兩冊創劃劇勁動務勝勞勢勵勻匯區協卻厭厲參叢員問單嚴國圍園圓圖團報場塊塵墊壓壞壩"
    "壯夠夢奪奮妝婦嬰孫學實寧審寫寬寵寶將專尋對導屆層屬島峽嶺嶼巖帥師帳帶幣幫幹廈廚廟廠廢廣廳張強彈彎彙後徑從復徵徹愛"
    "態慶憲憶應懷戀戰戲戶拋採換揮損擁擇擊擔據擬擴攜攝敗敘敵數斷於時晉暢暫曆曉書會朧東條業極構槍樂樓標樞樣橋機橫檢權歐"
    "歡歲歷歸殘殺殼氣決沒淨準溝溫滬滿漁漢潔潛澤濃濟濱灣災為煙熱燈營爐爭爺爾牆狀獎獨獲獻現瑣瑪環璽甌產畢畫異當療癥發盡"
    "監盤眾確碼礎礙礦禍禦禮稅種穀積穩窮窯競筆節範築簡籃籌糧糾紀約紅納紐純紙級紛細紹終組結絕絡給統絲經綜綠綫維綱網緊緒"
    "線緣編練縣縮縱總績織繩繪繫繼續缽罰罷羅義習翹聖聞聯聲職聽脫腦腳膽臉臨臺與興舉舊艙艱莊華萬葉蒼蓋薦藍藝藥蘇蘭處虛號"
    "蟲衆術衛衝裏補裝裡製複襲見規視親覺覽觀訂計訊討訓託記訪設許訴診註評詞詢試話該詳誌認語誠誤說誰課調談請論諮諸諾謀講"
    "謝證識譜譯議護讀變讓讚豐貓貝負財貢貧貨販貫責貴買貸費資賓賞賢賣質賬賴購贈贊贏贛趕趙趨跡踐蹤車軌軍軟較載輔輕輛輝輪"
    "輯輸轉辦辭農這連週進運過達違遞遠適選遺遼邊郵鄉鄧鄭鄰醜醫釋針鉅銀銷鋪鋼錄錢錯鍛鍵鎖鎮鐘鐵鑒鑰長門閃開閒間閣閩閱闊"
    "關陝陣陰陳陸陽隊階際隨險隱雖雙雜雞離難雲電靈靜韓響頁頂項順須預頓領頭頸頻顆題額顏願類顧顯風飛飯飲飽養餘館饋馬駐騎"
    "騰驅驕驗驚驛體髮鬥鬧魚魯鮮鳥鳳鳴鹽麗麥麼黃點黨齊齋齒齡龍龜畝棟噸幾隻"
)
_SIMPLIFIED = (
    "来系个们伟侧杰备传伤仅价亿优储儿内两册创划剧劲动务胜劳势励匀汇区协却厌厉参丛员问单严国围园圆图团报场块尘垫压坏坝"
    "壮够梦夺奋妆妇婴孙学实宁审写宽宠宝将专寻对导届层属岛峡岭屿岩帅师帐带币帮干厦厨庙厂废广厅张强弹弯汇后径从复征彻爱"
    "态庆宪忆应怀恋战戏户抛采换挥损拥择击担据拟扩携摄败叙敌数断于时晋畅暂历晓书会胧东条业极构枪乐楼标枢样桥机横检权欧"
    "欢岁历归残杀壳气决没净准沟温沪满渔汉洁潜泽浓济滨湾灾为烟热灯营炉争爷尔墙状奖独获献现琐玛环玺瓯产毕画异当疗症发尽"
    "监盘众确码础碍矿祸御礼税种谷积稳穷窑竞笔节范筑简篮筹粮纠纪约红纳纽纯纸级纷细绍终组结绝络给统丝经综绿线维纲网紧绪"
    "线缘编练县缩纵总绩织绳绘系继续钵罚罢罗义习翘圣闻联声职听脱脑脚胆脸临台与兴举旧舱艰庄华万叶苍盖荐蓝艺药苏兰处虚号"
    "虫众术卫冲里补装里制复袭见规视亲觉览观订计讯讨训托记访设许诉诊注评词询试话该详志认语诚误说谁课调谈请论咨诸诺谋讲"
    "谢证识谱译议护读变让赞丰猫贝负财贡贫货贩贯责贵买贷费资宾赏贤卖质账赖购赠赞赢赣赶赵趋迹践踪车轨军软较载辅轻辆辉轮"
    "辑输转办辞农这连周进运过达违递远适选遗辽边邮乡邓郑邻丑医释针巨银销铺钢录钱错锻键锁镇钟铁鉴钥长门闪开闲间阁闽阅阔"
    "关陕阵阴陈陆阳队阶际随险隐虽双杂鸡离难云电灵静韩响页顶项顺须预顿领头颈频颗题额颜愿类顾显风飞饭饮饱养余馆馈马驻骑"
    "腾驱骄验惊驿体发斗闹鱼鲁鲜鸟凤鸣盐丽麦么黄点党齐斋齿龄龙龟亩栋吨几只"
)
_TABLE = str.maketrans(_TRADITIONAL, _SIMPLIFIED)
_ANY_TRADITIONAL = re.compile(f"[{_TRADITIONAL}]")


def has_traditional(text: str) -> bool:
    """Whether `text` holds a character `simplified` reads otherwise."""
    return _ANY_TRADITIONAL.search(text) is not None


def simplified(text: str) -> str:
    """`text` with its traditional characters read as simplified ones, one for one (`黨員帶頭` -> `党员带头`)."""
    return text.translate(_TABLE)
