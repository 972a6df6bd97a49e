namespace Anshun.Core.Setup;

public sealed class SetupOptions
{
    /// <summary>The recipe applied to an empty database on first run.</summary>
    public string Recipe { get; set; } = "anshun-portal";

    /// <summary>Password of the built-in <c>admin</c>; when empty a strong one is generated and printed once.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>Password of the demo recipe's sample users; the demo recipe refuses to run without it.</summary>
    public string? DemoPassword { get; set; }
}
