using Anshun.Core.Organization;
using Anshun.StaffDirectory.Models;
using Anshun.StaffDirectory.Pinyin;

namespace Anshun.StaffDirectory.Services;

/// <summary>
/// Applies privacy and a query to a <see cref="DirectorySnapshot"/> for one viewer. A mobile the
/// viewer may not see is neither shown nor matched: searching for the number finds nobody.
/// </summary>
public static class DirectorySearch
{
    public static DirectoryPage Search(DirectorySnapshot snapshot, string viewerId, DirectoryQuery query)
    {
        var matches = Filter(snapshot, viewerId, query.UnitId, query.IncludeSubUnits, query.Text);
        var items = matches.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList();
        return new DirectoryPage(items, matches.Count, query.Page, query.PageSize);
    }

    /// <summary>Every entry of a unit (or of all units when <paramref name="unitId"/> is null) as the viewer sees it.</summary>
    public static IReadOnlyList<DirectoryListing> ListUnit(DirectorySnapshot snapshot, string viewerId, string? unitId, bool includeSubUnits) =>
        Filter(snapshot, viewerId, unitId, includeSubUnits, null);

    /// <summary>Whether <paramref name="viewerId"/> may see the mobile of <paramref name="entry"/>.</summary>
    public static bool CanSeeMobile(DirectoryEntry entry, MobileVisibility visibility, string viewerId, IReadOnlySet<string> viewerHomeUnits) =>
        entry.UserId == viewerId || visibility switch
        {
            MobileVisibility.Everyone => true,
            MobileVisibility.SameUnit => entry.HomeUnitIds.Overlaps(viewerHomeUnits),
            _ => false,
        };

    private static List<DirectoryListing> Filter(DirectorySnapshot snapshot, string viewerId, string? unitId, bool includeSubUnits, string? text)
    {
        var viewerHomeUnits = snapshot.Entries.FirstOrDefault(e => e.UserId == viewerId)?.HomeUnitIds ?? new HashSet<string>();
        var unit = unitId is null ? null : snapshot.Units.FirstOrDefault(u => u.Id == unitId);
        var matcher = TextMatcher.Create(text);
        var result = new List<DirectoryListing>();
        foreach (var entry in snapshot.Entries)
        {
            if (unitId is not null && !InUnit(entry, unitId, unit, includeSubUnits))
            {
                continue;
            }

            var visibility = snapshot.Choices.TryGetValue(entry.UserId, out var choice) ? choice : DirectoryPreferenceStore.DefaultVisibility;
            var mobileVisible = CanSeeMobile(entry, visibility, viewerId, viewerHomeUnits);
            if (matcher is not null && !matcher.Matches(entry, mobileVisible))
            {
                continue;
            }

            result.Add(new DirectoryListing(
                entry.UserId,
                entry.Name,
                entry.UnitId,
                entry.UnitName,
                entry.Position,
                entry.OfficePhone,
                mobileVisible ? entry.Mobile : null,
                !mobileVisible && !string.IsNullOrEmpty(entry.Mobile),
                entry.Email));
        }

        return result;
    }

    private static bool InUnit(DirectoryEntry entry, string unitId, OrgUnitInfo? unit, bool includeSubUnits) =>
        entry.UnitId == unitId
        || (includeSubUnits && unit is not null && entry.UnitPath.StartsWith(unit.Path + "/", StringComparison.Ordinal));

    /// <summary>What a query text matches: Chinese against names and units, digits against phones, letters against pinyin.</summary>
    private sealed class TextMatcher
    {
        private readonly string _text;
        private readonly string? _digits;
        private readonly string? _pinyin;

        private TextMatcher(string text)
        {
            _text = text;
            var phoneLike = text.All(c => char.IsAsciiDigit(c) || c is '-' or ' ' or '+' or '(' or ')');
            var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
            _digits = phoneLike && digits.Length > 0 ? digits : null;
            _pinyin = text.All(c => char.IsAsciiLetter(c) || c is ' ' or '\'') ? PinyinMatcher.Normalize(text) : null;
        }

        public static TextMatcher? Create(string? text) =>
            string.IsNullOrWhiteSpace(text) ? null : new TextMatcher(text.Trim());

        public bool Matches(DirectoryEntry entry, bool mobileVisible)
        {
            if (entry.Name.Contains(_text, StringComparison.OrdinalIgnoreCase) || entry.UnitName.Contains(_text, StringComparison.Ordinal))
            {
                return true;
            }

            if (_digits is not null)
            {
                return DigitsOf(entry.OfficePhone).Contains(_digits, StringComparison.Ordinal)
                    || (mobileVisible && DigitsOf(entry.Mobile).Contains(_digits, StringComparison.Ordinal));
            }

            return _pinyin is not null && PinyinMatcher.Matches(entry.Pinyin, _pinyin);
        }

        private static string DigitsOf(string? phone) =>
            phone is null ? "" : new string(phone.Where(char.IsAsciiDigit).ToArray());
    }
}
