using Microsoft.AspNetCore.Http;

namespace Anshun.Users.Authentication;

public static class ApiRequests
{
    /// <summary>JSON API requests answer with status codes and problem details, never with a redirect.</summary>
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
