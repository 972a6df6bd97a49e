using System.Net.Http.Headers;
using System.Text.Json;

namespace Anshun.Contents.Tests.Attachments;

/// <summary>Uploading attachments through the API in tests.</summary>
public static class AttachmentHttp
{
    public static Task<HttpResponseMessage> UploadAttachmentsAsync(this HttpClient client, params (string Name, byte[] Content)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, "files", name);
        }

        return client.PostAsync("/api/content/attachments", content);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
