namespace Anshun.Search.Indexing;

/// <summary>A task id below the highest applied one that was not there yet (on PostgreSQL ids can commit out of order).</summary>
public sealed record SearchGap(long TaskId, DateTime FirstSeenUtc);
