using System.Globalization;
using System.Text;
using Anshun.Core.Search;
using static Anshun.Bench.DemoVocabulary;

namespace Anshun.Bench;

/// <summary>
/// A deterministic corpus of Anshun government writing for the search benchmark (the same index always gives the
/// same document): notices with document numbers (安府发〔2026〕12号), city, department and county news, and
/// leaders' speeches, with places, units and dates, shaped like the content source's documents (fields, facets,
/// section gates: one speech in ten is an internal speech only leaders and the office may find).
/// </summary>
public sealed class SearchCorpusGenerator(string officeUnitId)
{
    public const string SourceName = "bench";

    private static readonly string[] _issuers = ["安府发", "安府办发", "安府函", "安府办函", "安市办通"];

    private static readonly string[] _towns =
    [
        "宁谷镇", "幺铺镇", "七眼桥镇", "大西桥镇", "蔡官镇", "白云镇", "天龙镇", "夏云镇", "化处镇", "马官镇", "黄果树镇", "断桥镇",
        "扁担山镇", "顶云街道", "猫营镇", "宗地镇", "松山街道", "双堡镇",
    ];

    private static readonly string[] _short = ["黄果树", "西秀区", "平坝区", "镇宁", "关岭", "紫云", "普定", "龙宫", "屯堡", "旧州"];

    private static readonly string[] _actions =
    [
        "召开专题会议研究部署", "开展专项督查", "组织现场观摩", "举办业务培训班", "召开推进会", "开展集中整治", "组织应急演练",
        "开展调研督导", "召开联席会议", "开展“回头看”",
    ];

    public string Key(int index) => "b" + index.ToString("D7", CultureInfo.InvariantCulture);

    public static int IndexOf(string key) => int.Parse(key.AsSpan(1), CultureInfo.InvariantCulture);

    public SearchDocument Create(int index)
    {
        var random = new Random(index * 7919 + 104729);
        var topic = Pick(random, Topics);
        var year = 2024 + index % 3;
        var date = new DateTime(year, 1, 1, 1, 30, 0, DateTimeKind.Utc).AddDays(random.Next(0, 360)).AddMinutes(random.Next(0, 600));
        return (index % 10) switch
        {
            0 or 1 => Notice(random, index, topic, date),
            2 or 3 => News(random, index, topic, date, "Article", "city-news", "本市信息", ("SZFB", "安顺市人民政府办公室")),
            4 or 5 or 6 => News(random, index, topic, date, "Article", "dept", "部门信息", Pick(random, Departments)),
            7 or 8 => News(random, index, topic, date, "Article", "county", "县区信息", Pick(random, Counties)),
            _ => Speech(random, index, topic, date),
        };
    }

    private SearchDocument Notice(Random random, int index, string topic, DateTime date)
    {
        var (code, unit) = random.Next(3) == 0 ? Pick(random, Departments) : ("SZFB", "安顺市人民政府办公室");
        var number = $"{Pick(random, _issuers)}〔{date.Year}〕{random.Next(1, 180)}号";
        var title = Pick(random,
        [
            $"关于做好{date.Year}年{topic}工作的通知", $"关于开展{Pick(random, _short)}{topic}专项检查的通知",
            $"关于印发《安顺市{topic}工作方案》的通知", $"{unit}关于进一步加强{topic}工作的通知", $"关于召开全市{topic}工作推进会的通知",
        ]);
        var body = Body(random, topic, unit, date, 4, 8) + $"联系人：{Pick(random, Leaders)}，联系电话：0851-{random.Next(33000000, 33999999)}。";
        var document = Document(index, "Notice", title, $"请各县区、各部门按照要求认真抓好{topic}各项工作，于{Chinese(date.AddDays(20))}前报送落实情况。", body, date);
        return document with
        {
            Fields = [new SearchField("来源", unit), new SearchField("文号", number)],
            DocumentNumbers = [number],
            Facets = Facets("Notice", "电子公告", [("notices", "电子公告")], code, unit),
        };
    }

    private SearchDocument News(Random random, int index, string topic, DateTime date, string type, string section, string sectionName, (string Code, string Name) unit)
    {
        var place = Pick(random, Places);
        var town = Pick(random, _towns);
        var title = Pick(random,
        [
            $"{unit.Name}{Pick(random, _actions)}{topic}工作", $"{town}扎实推进{topic}", $"市领导到{place}调研{topic}工作",
            $"{Pick(random, Counties).Name}{topic}取得阶段性成效", $"全市{topic}现场会在{place}召开", $"{unit.Name}多措并举抓好{topic}",
        ]);
        var sections = section switch
        {
            "dept" => [("dept", "部门信息"), ("dept-" + unit.Code.ToLowerInvariant(), unit.Name)],
            "county" => new[] { ("county", "县区信息"), ("county-" + unit.Code.ToLowerInvariant(), unit.Name) },
            _ => [(section, sectionName)],
        };
        var document = Document(index, type, title, $"{unit.Name}聚焦{topic}，压实责任，{Pick(random, _short)}等地取得新进展。", Body(random, topic, unit.Name, date, 3, 7), date);
        return document with
        {
            Fields = [new SearchField("来源", Pick(random, ["安顺日报", "安顺广播电视台", unit.Name]))],
            Facets = Facets(type, "信息", sections, unit.Code, unit.Name),
        };
    }

    private SearchDocument Speech(Random random, int index, string topic, DateTime date)
    {
        var leader = Pick(random, Leaders);
        var occasion = Pick(random, Occasions);
        var internalSpeech = index % 100 == 9;
        var sections = internalSpeech ? new[] { ("speeches", "领导讲话"), ("speeches-internal", "内部讲话") } : [("speeches", "领导讲话")];
        var document = Document(index, "Speech", $"{leader}同志在全市{topic}{occasion}上的讲话", $"{leader}同志就做好{topic}工作提出明确要求。",
            "同志们：" + Body(random, topic, "全市", date, 5, 9), date) with
        {
            Fields = [new SearchField("来源", "市政府办公室"), new SearchField("讲话人", leader), new SearchField("讲话日期", Chinese(date)), new SearchField("场合", topic + occasion)],
            Facets = Facets("Speech", "领导讲话", sections, "SZFB", "安顺市人民政府办公室"),
        };
        return internalSpeech
            ? document with { Access = new SearchAccess([[SearchPrincipal.Role("Leader"), SearchPrincipal.Unit(officeUnitId)]], [SearchPrincipal.Permission("Contents.ManageAll")]) }
            : document with { Access = new SearchAccess([], [SearchPrincipal.Permission("Contents.ManageAll")]) };
    }

    private SearchDocument Document(int index, string type, string title, string summary, string body, DateTime date) =>
        new(SourceName, Key(index), type, "/content/" + Key(index), title) { Summary = summary, Body = body, PublishedUtc = date };

    private static IReadOnlyList<SearchFacet> Facets(string type, string typeLabel, IEnumerable<(string Code, string Name)> sections, string unitCode, string unitName) =>
        [new("type", type, typeLabel), .. sections.Select(s => new SearchFacet("section", s.Code, s.Name)), new("unit", unitCode, unitName)];

    private static string Body(Random random, string topic, string who, DateTime date, int min, int max)
    {
        var place = Pick(random, Places);
        var county = Pick(random, Counties).Name;
        var town = Pick(random, _towns);
        var other = Pick(random, Topics);
        var sentences = new[]
        {
            $"为深入贯彻落实省委、省政府关于{topic}的决策部署，{who}坚持问题导向和目标导向，把{topic}摆在突出位置来抓。",
            $"{Chinese(date)}，{who}在{place}召开{topic}工作调度会，听取{county}、{Pick(random, Counties).Name}等地工作汇报。",
            $"会议指出，当前{topic}工作面临新形势、新任务，各级各部门要切实增强责任感和紧迫感，层层压实责任。",
            $"在{place}、{town}等重点区域，相关单位组织开展了实地检查，对发现的{random.Next(3, 60)}个问题建立台账，明确整改时限，实行销号管理。",
            $"{county}{Pick(random, _actions)}，共出动检查人员{random.Next(20, 900)}人次，检查点位{random.Next(10, 400)}个。",
            $"要统筹抓好{topic}与{other}，坚持两手抓、两不误，确保{date.Year}年各项目标任务全面完成。",
            $"根据《{Pick(random, _issuers)}〔{date.Year - random.Next(0, 2)}〕{random.Next(1, 180)}号》文件要求，{Pick(random, Departments).Name}牵头制定了实施方案。",
            $"下一步，要进一步健全工作机制，加强统筹协调，强化督促检查，推动{topic}各项任务落到实处、取得实效。",
            $"{Pick(random, _short)}片区将{other}与{topic}结合起来，今年以来累计投入资金{random.Next(100, 9000)}万元。",
            "各县区、各部门要按照职责分工，加强信息报送，重要情况及时报告市政府办公室。",
        };
        var text = new StringBuilder();
        foreach (var sentence in sentences.OrderBy(_ => random.Next()).Take(random.Next(min, max + 1)))
        {
            text.Append(sentence).Append('\n');
        }

        return text.ToString().TrimEnd();
    }

    private static string Chinese(DateTime date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
