using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Anshun.Users.Authentication;

/// <summary>The rate-limiter policy on the login endpoints: a fixed window per client IP address; 429 with a Chinese message.</summary>
public static class LoginThrottling
{
    public const string Message = "登录尝试过于频繁，请稍后再试。";

    public static void Configure(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(LoginThrottleOptions.PolicyName, context =>
        {
            var settings = context.RequestServices.GetRequiredService<IOptions<LoginThrottleOptions>>().Value;
            var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.PermitLimit,
                Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                QueueLimit = 0,
            });
        });
        var previous = options.OnRejected;
        options.OnRejected = async (context, cancellationToken) =>
        {
            if (previous is not null)
            {
                await previous(context, cancellationToken);
            }

            if (!context.HttpContext.Response.HasStarted && ApiRequests.IsApi(context.HttpContext.Request))
            {
                await AuthCookieEvents.WriteProblemAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "请求过于频繁", Message);
            }
        };
    }
}
