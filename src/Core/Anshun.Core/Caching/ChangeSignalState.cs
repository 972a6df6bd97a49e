using System.Collections.Concurrent;

namespace Anshun.Core.Caching;

/// <summary>The node's side of every change topic (singleton): its generation and when the shared stamp was last read.</summary>
public sealed class ChangeSignalState
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Topic> _topics = new(StringComparer.Ordinal);

    /// <summary>The generation without reading the shared stamp.</summary>
    public long Peek(string topic) => Get(topic).Generation;

    internal Topic Get(string topic) => _topics.GetOrAdd(topic, _ => new Topic());

    internal sealed class Topic
    {
        private long _generation;
        private long _nextCheckTicks;

        public long Generation => Interlocked.Read(ref _generation);

        public SemaphoreSlim Checking { get; } = new(1, 1);

        /// <summary>The stamp seen at the last read; null before the first.</summary>
        public string? LastStamp { get; set; }

        public void Raise() => Interlocked.Increment(ref _generation);

        public bool IsCheckDue(long nowTicks) => nowTicks >= Interlocked.Read(ref _nextCheckTicks);

        public void Checked(long nowTicks) => Interlocked.Exchange(ref _nextCheckTicks, nowTicks + CheckInterval.Ticks);
    }
}
