using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Anshun.Core.Web;

/// <summary>Keeps flash messages in TempData, so they survive the redirect after a POST.</summary>
public sealed class TempDataNotifier(IHttpContextAccessor httpContextAccessor, ITempDataDictionaryFactory tempDataFactory)
    : INotifier
{
    private const string Key = "anshun:flash";

    public void Add(NotifyType type, string text)
    {
        var tempData = TempData();
        var messages = Read(tempData);
        messages.Add(new FlashMessage(type, text));
        tempData[Key] = JsonSerializer.Serialize(messages);
    }

    public bool HasPending => TempData().ContainsKey(Key);

    public IReadOnlyList<FlashMessage> TakeAll()
    {
        var tempData = TempData();
        var messages = Read(tempData);
        tempData.Remove(Key);
        return messages;
    }

    private ITempDataDictionary TempData() =>
        tempDataFactory.GetTempData(httpContextAccessor.HttpContext
            ?? throw new InvalidOperationException("Flash messages need an HTTP request."));

    private static List<FlashMessage> Read(ITempDataDictionary tempData) =>
        tempData.Peek(Key) is string json ? JsonSerializer.Deserialize<List<FlashMessage>>(json) ?? [] : [];
}
