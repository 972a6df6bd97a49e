using Anshun.Core.Organization;
using Anshun.Core.Search;
using Anshun.StaffDirectory.Models;

namespace Anshun.StaffDirectory.Search;

/// <summary>
/// The search document of a directory entry: the name as title; unit, position, phones and e-mail as the
/// summary; the unit path and the name's pinyin as fields; the 通讯录 type and the unit as facets. Everyone
/// signed in may read the directory, so everyone may find the entry — which is why the mobile is indexed
/// only when its owner shows it to everyone (所有人): a number shown to 本单位 or to nobody must not be findable.
/// </summary>
public static class DirectorySearchDocumentBuilder
{
    public const string DocumentType = "Person";
    public const string TypeLabel = "通讯录";

    /// <param name="unitsById">Every unit (active or not), for the names along the unit's path.</param>
    public static SearchDocument Build(DirectoryEntry entry, MobileVisibility visibility, IReadOnlyDictionary<string, OrgUnitInfo> unitsById)
    {
        var unit = unitsById[entry.UnitId];
        var mobile = visibility == MobileVisibility.Everyone ? entry.Mobile : null;
        var key = DirectoryEntryKey.Format(entry.UserId, entry.UnitId);

        var fields = new List<SearchField> { new("单位", UnitPath(unit, unitsById)) };
        if (Pinyin(entry) is { } pinyin)
        {
            fields.Add(new SearchField("拼音", pinyin));
        }

        return new SearchDocument(DirectorySearchSource.SourceName, key, DocumentType, Url(entry, unit), entry.Name)
        {
            Summary = Summary(entry, mobile),
            Fields = fields,
            Facets = [new SearchFacet("type", DocumentType, TypeLabel), new SearchFacet("unit", unit.Code, unit.Name)],
            Access = SearchAccess.Everyone,
        };
    }

    /// <summary>The directory page at the person's unit, filtered to the person, where the viewer's own privacy rules apply.</summary>
    public static string Url(DirectoryEntry entry, OrgUnitInfo unit) =>
        $"/directory?unit={Uri.EscapeDataString(unit.Code)}&includeSubUnits=false&q={Uri.EscapeDataString(entry.Name)}";

    /// <summary>安顺市人民政府 / 安顺市人民政府办公室 / 安顺市人民政府办公室秘书科.</summary>
    public static string UnitPath(OrgUnitInfo unit, IReadOnlyDictionary<string, OrgUnitInfo> unitsById) =>
        string.Join(" / ", unit.Path.Split('/').Select(id => unitsById.TryGetValue(id, out var u) ? u.Name : null).OfType<string>());

    /// <summary>
    /// 全拼, 首字母 and each syllable as separate words (zhangsan zs zhang san): the index matches whole words,
    /// so these are what typing pinyin can find; prefixes such as "zhangs" are left to the directory page.
    /// </summary>
    private static string? Pinyin(DirectoryEntry entry)
    {
        var name = entry.Pinyin;
        if (name.Syllables.Count == 0)
        {
            return null;
        }

        var words = new List<string> { name.Full, name.Initials };
        if (name.Syllables.Count > 1)
        {
            words.AddRange(name.Syllables.Select(s => s[0]));
        }

        return string.Join(' ', words.Distinct(StringComparer.Ordinal));
    }

    private static string Summary(DirectoryEntry entry, string? mobile)
    {
        var parts = new List<string> { string.IsNullOrWhiteSpace(entry.Position) ? entry.UnitName : entry.UnitName + " " + entry.Position };
        Add(parts, "办公电话", entry.OfficePhone);
        Add(parts, "手机", mobile);
        Add(parts, "电子邮箱", entry.Email);
        return string.Join("；", parts);
    }

    private static void Add(List<string> parts, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add(label + "：" + value.Trim());
        }
    }
}
