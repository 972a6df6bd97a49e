using System.Text;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Organization;
using Microsoft.Extensions.DependencyInjection;
using static Anshun.Bench.DemoVocabulary;

namespace Anshun.Bench;

/// <summary>
/// Deterministic realistic items (the same index always gives the same item): notices, city,
/// department and county news, and leaders' speeches, spread over the sections like a real portal.
/// </summary>
public sealed class DemoContentGenerator(IReadOnlyDictionary<string, string> ids)
{
    /// <summary>Section codes and unit codes mapped to ids, read from a running site.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> LoadTargetsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in await scope.ServiceProvider.GetRequiredService<ISectionStore>().GetAllAsync())
        {
            map["section:" + section.Code] = section.Id;
        }

        foreach (var unit in await scope.ServiceProvider.GetRequiredService<IOrganizationService>().GetUnitsAsync())
        {
            map["unit:" + unit.Code] = unit.Id;
        }

        return map;
    }

    public ContentInput Next(int index)
    {
        var item = Create(index);
        return new ContentInput
        {
            ContentType = item.ContentType,
            SectionId = ids["section:" + item.SectionCode],
            Title = item.Title,
            Summary = item.Summary,
            Body = item.Body,
            Source = item.Source,
            IssuingUnitId = ids.GetValueOrDefault("unit:" + item.UnitCode),
            Importance = item.Important ? ContentImportance.Important : ContentImportance.Normal,
            Fields = item.Fields.ToDictionary(f => f.Key, f => (System.Text.Json.Nodes.JsonNode?)f.Value, StringComparer.Ordinal),
        };
    }

    public static DemoItem Create(int index)
    {
        var random = new Random(index * 7919 + 17);
        var topic = Pick(random, Topics);
        var year = 2025 + (index % 2);
        return (index % 10) switch
        {
            0 or 1 => Notice(random, index, topic, year),
            2 or 3 => CityNews(random, topic),
            4 or 5 or 6 => DepartmentNews(random, topic, year),
            7 or 8 => CountyNews(random, topic),
            _ => Speech(random, topic, year),
        };
    }

    private static DemoItem Notice(Random random, int index, string topic, int year)
    {
        var forms = new[] { $"关于做好{topic}工作的通知", $"关于召开全市{topic}工作推进会的通知", $"关于开展{topic}专项督查的通知", $"关于进一步加强{topic}工作的通知" };
        var title = Pick(random, forms);
        var number = $"安府办发〔{year}〕{index % 97 + 1}号";
        return new DemoItem("Notice", "notices", title, $"请各县区、各部门按照要求认真抓好{topic}各项工作，按时报送落实情况。",
            Body(random, topic, "市政府办公室"), "市政府办公室", "SZFB", index % 7 == 0,
            new Dictionary<string, string> { ["DocumentNumber"] = number });
    }

    private static DemoItem CityNews(Random random, string topic)
    {
        var place = Pick(random, Places);
        var forms = new[] { $"安顺市召开{topic}工作会议", $"我市{topic}取得阶段性成效", $"市领导到{place}调研{topic}工作", $"全市{topic}现场观摩会在{place}举行" };
        return new DemoItem("Article", "city-news", Pick(random, forms), $"会议强调，要以更实举措推进{topic}，确保各项任务落地见效。",
            Body(random, topic, "安顺市"), "安顺日报", "SZFB", false, new Dictionary<string, string>());
    }

    private static DemoItem DepartmentNews(Random random, string topic, int year)
    {
        var (code, name) = Pick(random, Departments);
        var forms = new[] { $"{name}开展{topic}专项行动", $"{name}召开{year}年{topic}工作部署会", $"{name}扎实推进{topic}", $"{name}组织{topic}业务培训" };
        return new DemoItem("Article", "dept-" + code.ToLowerInvariant(), Pick(random, forms), $"{name}结合职能，细化措施，推动{topic}取得实效。",
            Body(random, topic, name), name, code, false, new Dictionary<string, string>());
    }

    private static DemoItem CountyNews(Random random, string topic)
    {
        var (code, name) = Pick(random, Counties);
        var place = Pick(random, Places);
        var forms = new[] { $"{name}扎实推进{topic}", $"{name}举办{topic}主题活动", $"{name}多措并举抓好{topic}", $"{place}片区{topic}工作有序推进" };
        return new DemoItem("Article", "county-" + code.ToLowerInvariant(), Pick(random, forms), $"{name}聚焦{topic}，压实责任，取得新进展。",
            Body(random, topic, name), name, code, false, new Dictionary<string, string>());
    }

    private static DemoItem Speech(Random random, string topic, int year)
    {
        var leader = Pick(random, Leaders);
        var occasion = Pick(random, Occasions);
        var month = random.Next(1, 13);
        return new DemoItem("Speech", "speeches", $"{leader}同志在{topic}{occasion}上的讲话", $"{leader}同志就做好{topic}工作提出明确要求。",
            Body(random, topic, "全市"), "市政府办公室", "SZFB", false,
            new Dictionary<string, string>
            {
                ["Speaker"] = leader,
                ["SpeechDate"] = $"{year}-{month:00}-{random.Next(1, 28):00}",
                ["Occasion"] = topic + occasion,
            });
    }

    private static string Body(Random random, string topic, string who)
    {
        var place = Pick(random, Places);
        var sentences = new[]
        {
            $"为深入贯彻落实省委、省政府关于{topic}的决策部署，{who}坚持问题导向和目标导向，把{topic}摆在突出位置来抓。",
            $"会议指出，当前{topic}工作面临新形势、新任务，各级各部门要切实增强责任感和紧迫感，层层压实责任。",
            $"在{place}等重点区域，相关单位组织开展了实地检查，对发现的问题建立台账，明确整改时限，实行销号管理。",
            $"下一步，要进一步健全工作机制，加强统筹协调，强化督促检查，推动{topic}各项任务落到实处、取得实效。",
            "各县区、各部门要按照职责分工，加强信息报送，重要情况及时报告市政府办公室。",
        };
        var body = new StringBuilder();
        foreach (var sentence in sentences.OrderBy(_ => random.Next()).Take(random.Next(3, 6)))
        {
            body.Append("<p>").Append(sentence).Append("</p>");
        }

        return body.ToString();
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
