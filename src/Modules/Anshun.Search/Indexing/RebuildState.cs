using System.Text.Json;

namespace Anshun.Search.Indexing;

/// <summary>
/// How far a rebuild got, committed in the new index's user data as it goes: the last key read from each
/// source and the sources finished, so a restart resumes instead of starting over.
/// </summary>
public sealed record RebuildState(long TaskId)
{
    public const string UserDataKey = "anshun.rebuild.state";

    public IReadOnlyDictionary<string, string> LastKeys { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public IReadOnlyList<string> Completed { get; init; } = [];

    public int Done { get; init; }

    /// <summary>Documents in all sources when the rebuild started (null until counted).</summary>
    public int? Total { get; init; }

    public double Progress => Total is > 0 ? Math.Min(1.0, (double)Done / Total.Value) : 0.0;

    public string? LastKey(string source) => LastKeys.GetValueOrDefault(source);

    /// <summary>Moves past <paramref name="count"/> more documents of <paramref name="source"/>, the last of them <paramref name="key"/>.</summary>
    public RebuildState Advanced(string source, string key, int count = 1) =>
        this with { LastKeys = new Dictionary<string, string>(LastKeys, StringComparer.Ordinal) { [source] = key }, Done = Done + count };

    public RebuildState Finished(string source) => this with { Completed = [.. Completed, source] };

    public IReadOnlyDictionary<string, string> ToUserData() =>
        new Dictionary<string, string>(StringComparer.Ordinal) { [UserDataKey] = JsonSerializer.Serialize(new Stored(TaskId, LastKeys.ToDictionary(), Completed.ToList(), Done, Total)) };

    /// <summary>The state committed in a rebuild's index, or a fresh one when it belongs to another rebuild or none.</summary>
    public static RebuildState FromUserData(IReadOnlyDictionary<string, string> data, long taskId)
    {
        if (data.GetValueOrDefault(UserDataKey) is not { } json)
        {
            return new RebuildState(taskId);
        }

        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(json);
            return stored is null || stored.TaskId != taskId
                ? new RebuildState(taskId)
                : new RebuildState(taskId)
                {
                    LastKeys = new Dictionary<string, string>(stored.LastKeys, StringComparer.Ordinal),
                    Completed = stored.Completed,
                    Done = stored.Done,
                    Total = stored.Total,
                };
        }
        catch (JsonException)
        {
            return new RebuildState(taskId);
        }
    }

    private sealed record Stored(long TaskId, Dictionary<string, string> LastKeys, List<string> Completed, int Done, int? Total);
}
