namespace Anshun.Contents.Api;

/// <summary>Body of the approve and return endpoints: the reviewer's opinion (审核意见).</summary>
public sealed record ReviewRequest(string? Opinion);
