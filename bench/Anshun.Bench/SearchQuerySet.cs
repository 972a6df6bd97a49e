namespace Anshun.Bench;

/// <summary>
/// Fixed two-word Chinese queries as people type them into the portal's search box: a place, county or unit and a
/// topic (黄果树 安全生产, 镇宁 防汛, 市教育局 校园安全). About a third have a word of two characters, which FTS5's
/// trigram tokenizer cannot match.
/// </summary>
public static class SearchQuerySet
{
    private static readonly string[] _where =
    [
        "黄果树", "西秀区", "平坝区", "镇宁", "关岭", "紫云", "普定", "龙宫", "屯堡", "旧州", "夜郎湖", "格凸河", "安顺古城",
        "市教育局", "市应急管理局", "市林业局", "市水务局", "市大数据局", "开发区", "宁谷镇", "七眼桥镇", "天龙镇", "市政府办公室",
    ];

    private static readonly string[] _what =
    [
        "安全生产", "营商环境", "乡村振兴", "森林防火", "防汛", "项目建设", "招商引资", "文明城市", "耕地保护", "校园安全", "食品安全",
        "生态环境", "信访", "民生实事", "数字政府", "旅游", "人居环境", "就业", "河长制", "医疗保障", "隐患排查", "专项督查", "推进会",
        "培训", "调研",
    ];

    public static IReadOnlyList<string> Create(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => _where[random.Next(_where.Length)] + " " + _what[random.Next(_what.Length)]).ToList();
    }
}
