namespace Anshun.Contents.Api;

/// <summary>A response body serialized once, with its ETag, ready to be written to many readers.</summary>
public sealed record SerializedJson(byte[] Bytes, string ETag);
