using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Anshun.Contents.Api;

/// <summary>Maps content exceptions to problem details and writes JSON with an ETag.</summary>
public static class ContentApiResults
{
    // Chinese text stays readable (and a third of the size) instead of \uXXXX escapes; HTML-significant characters are still escaped.
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static async Task<IResult> RunAsync(Func<Task<ContentItemView>> action, ContentDtoMapper mapper, CancellationToken ct)
    {
        try
        {
            return Results.Ok(await mapper.ToItemAsync(await action(), ct));
        }
        catch (Exception ex) when (TryProblem(ex, out var result))
        {
            return result;
        }
    }

    public static bool TryProblem(Exception exception, out IResult result)
    {
        result = exception switch
        {
            ContentValidationException invalid => ApiProblems.Validation(invalid.Field, invalid.Message),
            ContentForbiddenException forbidden => ApiProblems.Forbidden(forbidden.Message),
            ContentNotFoundException missing => ApiProblems.NotFound(missing.Message),
            _ => null!,
        };
        return result is not null;
    }

    /// <summary>Serializes once; the ETag is the given one or a hash of the bytes.</summary>
    public static SerializedJson Serialize<T>(T value, string? etag = null)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, _json);
        return new SerializedJson(bytes, etag ?? $"W/\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"");
    }

    /// <summary>Serializes and writes with an ETag; a matching If-None-Match gets 304 without a body.</summary>
    public static IResult JsonWithETag<T>(HttpContext http, T value, string? etag) => JsonWithETag(http, Serialize(value, etag));

    public static IResult JsonWithETag(HttpContext http, SerializedJson json)
    {
        http.Response.Headers.ETag = json.ETag;
        http.Response.Headers.CacheControl = "private, no-cache";
        var ifNoneMatch = http.Request.Headers.IfNoneMatch.ToString();
        if (!string.IsNullOrEmpty(ifNoneMatch) && ETagMatches(ifNoneMatch, json.ETag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(json.Bytes, "application/json; charset=utf-8");
    }

    /// <summary>Weak comparison, as If-None-Match uses: W/ prefixes are ignored; a list matches when any entry does.</summary>
    public static bool ETagMatches(string header, string etag)
    {
        if (header.Trim() == "*")
        {
            return true;
        }

        var wanted = Strip(etag);
        return EntityTagHeaderValue.TryParseList([header], out var tags)
            && tags.Any(t => Strip(t.Tag.ToString()) == wanted);
    }

    private static string Strip(string tag) => tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
}
