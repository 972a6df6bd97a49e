namespace Anshun.Bench;

/// <summary><c>--name value</c> command-line options.</summary>
public sealed class BenchArgs(string[] args)
{
    public string? Get(string name)
    {
        var index = Array.IndexOf(args, "--" + name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public string Require(string name) =>
        Get(name) ?? throw new ArgumentException($"缺少参数 --{name}。");

    public int GetInt(string name, int fallback) => Get(name) is { } text ? int.Parse(text) : fallback;
}
