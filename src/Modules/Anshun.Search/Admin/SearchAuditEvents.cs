namespace Anshun.Search.Admin;

/// <summary>Audit event types of the search module.</summary>
public static class SearchAuditEvents
{
    /// <summary>重建全文检索索引 was requested.</summary>
    public const string RebuildRequested = "search.rebuild_requested";
}
