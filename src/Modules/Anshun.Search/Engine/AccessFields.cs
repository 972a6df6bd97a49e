using System.Globalization;
using Anshun.Core.Search;
using Anshun.Core.Security;
using Lucene.Net.Documents;

namespace Anshun.Search.Engine;

/// <summary>
/// Writes a document's read rules into the index (ADR 0010 "Permission trimming in the query"): bypass terms in
/// <c>aclx</c>, gate i's principals in <c>acl1</c>…<c>acl4</c> (<c>*</c> for a gate the document does not have),
/// the 密级 in <c>sl</c>. <see cref="AccessFilterCache"/> builds the matching filter for a reader.
/// </summary>
internal static class AccessFields
{
    public const int MaxGates = 4;

    /// <summary>The term every reader holds for a gate a document does not have.</summary>
    public const string Anyone = "*";

    /// <summary>Adds the fields; false when the document had more gates than the index holds and was closed to all but bypass.</summary>
    public static bool Add(Document document, SearchAccess access, SecretLevel secretLevel)
    {
        document.Add(new StringField(IndexFields.SecretLevel, Level(secretLevel), Field.Store.NO));
        foreach (var principal in access.Bypass.Select(p => p.Term).Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(IndexFields.AccessBypass, principal, Field.Store.NO));
        }

        // Fail closed: a fifth gate cannot be expressed, and dropping it would open the document too widely.
        var withinLimit = access.Gates.Count <= MaxGates;
        for (var gate = 1; gate <= MaxGates; gate++)
        {
            if (!withinLimit)
            {
                continue;
            }

            if (gate > access.Gates.Count)
            {
                document.Add(new StringField(IndexFields.AccessGate(gate), Anyone, Field.Store.NO));
                continue;
            }

            // A gate without principals opens for nobody: it gets no term at all.
            foreach (var principal in access.Gates[gate - 1].Select(p => p.Term).Distinct(StringComparer.Ordinal))
            {
                document.Add(new StringField(IndexFields.AccessGate(gate), principal, Field.Store.NO));
            }
        }

        return withinLimit;
    }

    public static string Level(SecretLevel level) => ((int)level).ToString(CultureInfo.InvariantCulture);
}
