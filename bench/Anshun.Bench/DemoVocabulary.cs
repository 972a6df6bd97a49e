namespace Anshun.Bench;

/// <summary>Words of Anshun's government news: units, places, topics, people (fictional names).</summary>
public static class DemoVocabulary
{
    public static readonly (string Code, string Name)[] Departments =
    [
        ("FGW", "市发展改革委"), ("JYJ", "市教育局"), ("KJJ", "市科技局"), ("GXJ", "市工业和信息化局"), ("GAJ", "市公安局"),
        ("MZJ", "市民政局"), ("SFJ", "市司法局"), ("CZJ", "市财政局"), ("RSJ", "市人力资源社会保障局"), ("ZRZYJ", "市自然资源局"),
        ("STHJJ", "市生态环境局"), ("ZJJ", "市住房城乡建设局"), ("JTYSJ", "市交通运输局"), ("SWJ", "市水务局"), ("NYNCJ", "市农业农村局"),
        ("SWUJ", "市商务局"), ("WGLJ", "市文化广电旅游局"), ("WJW", "市卫生健康委"), ("YJJ", "市应急管理局"), ("SJJ", "市审计局"),
        ("SCJGJ", "市市场监管局"), ("TJJ", "市统计局"), ("YBJ", "市医保局"), ("LYJ", "市林业局"), ("DSJJ", "市大数据局"),
    ];

    public static readonly (string Code, string Name)[] Counties =
    [
        ("XXQ", "西秀区"), ("PBQ", "平坝区"), ("PDX", "普定县"), ("ZNX", "镇宁自治县"), ("GLX", "关岭自治县"),
        ("ZYX", "紫云自治县"), ("KFQ", "安顺经济技术开发区"), ("HGS", "黄果树旅游区"), ("TBQ", "安顺屯堡文化旅游区"),
    ];

    public static readonly string[] Places =
    [
        "黄果树瀑布", "龙宫景区", "天龙屯堡", "旧州古镇", "格凸河", "夜郎湖", "云峰屯堡", "安顺古城", "虹山湖公园", "坝陵河大桥",
    ];

    public static readonly string[] Topics =
    [
        "安全生产", "优化营商环境", "乡村振兴", "森林防火", "防汛抗旱", "项目建设", "招商引资", "文明城市创建", "耕地保护",
        "校园安全", "食品药品安全", "生态环境保护", "信访维稳", "疫情防控常态化", "民生实事", "数字政府建设", "旅游产业化",
        "农村人居环境整治", "就业创业", "河长制", "城乡医疗保障", "重点项目调度", "政务服务“一网通办”", "安全隐患排查整治",
    ];

    public static readonly string[] Leaders = ["陈志远", "王建平", "李晓东", "张明华", "杨光荣", "吴静"];

    public static readonly string[] Occasions = ["全市工作会议", "专题会议", "调研座谈会", "动员部署会", "推进会", "常务会议"];
}
