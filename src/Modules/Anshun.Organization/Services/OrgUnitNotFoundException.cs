namespace Anshun.Organization.Services;

/// <summary>No unit has the given id or code (the API answers 404).</summary>
public sealed class OrgUnitNotFoundException(string idOrCode) : Exception($"单位“{idOrCode}”不存在。")
{
    public string IdOrCode { get; } = idOrCode;
}
