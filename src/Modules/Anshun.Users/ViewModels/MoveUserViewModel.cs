namespace Anshun.Users.ViewModels;

/// <summary>调动: a user's units after the move.</summary>
public sealed class MoveUserViewModel
{
    public string Id { get; set; } = "";

    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public List<UnitRowInput> Units { get; set; } = [];

    public int PrimaryIndex { get; set; }

    public IReadOnlyList<OptionItem> AvailableUnits { get; set; } = [];
}
