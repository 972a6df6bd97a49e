using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Anshun.FileLibrary.Tests;

/// <summary>Calling the file library API in tests.</summary>
public static class FileLibraryHttp
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static async Task<JsonElement> OkJsonAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>The id of a folder by its path (名称 / 子名称) as the caller sees it.</summary>
    public static async Task<string> FolderIdAsync(this HttpClient client, string path)
    {
        var folders = await (await client.GetAsync("/api/files/folders")).OkJsonAsync();
        return folders.GetProperty("folders").EnumerateArray().Single(f => f.GetProperty("path").GetString() == path).GetProperty("id").GetString()!;
    }

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string url, params (string Name, byte[] Content)[] files) =>
        client.PostAsync(url, Multipart("files", null, files));

    public static Task<HttpResponseMessage> UploadVersionAsync(this HttpClient client, string fileId, string name, byte[] content, string? note = null) =>
        client.PostAsync($"/api/files/{fileId}/versions", Multipart("file", note, (name, content)));

    public static async Task<IReadOnlyList<JsonElement>> FilesAsync(this HttpClient client, string folderId) =>
        (await (await client.GetAsync($"/api/files/folders/{folderId}/files")).OkJsonAsync()).GetProperty("files").EnumerateArray().ToList();

    public static async Task<IReadOnlyList<JsonElement>> AuditAsync(this HttpClient auditor, string type)
    {
        var response = await auditor.GetAsync($"/api/audit?type={type}&take=100");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("items").EnumerateArray().ToList();
    }

    private static MultipartFormDataContent Multipart(string field, string? note, params (string Name, byte[] Content)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, field, name);
        }

        if (note is not null)
        {
            content.Add(new StringContent(note), "note");
        }

        return content;
    }
}
