using System.Security.Claims;
using Anshun.Core.Audit;

namespace Anshun.Contents.Services;

/// <summary>
/// Refuses an action the caller's section rights do not cover, recording the refusal in the audit
/// log first (an attempt on another department's section is a security event). Called before the
/// action's transaction begins, so the record survives the refusal.
/// </summary>
public sealed class ContentAccessGuard(IAuditLog audit)
{
    /// <exception cref="ContentForbiddenException">When <paramref name="allowed"/> is false.</exception>
    public async Task DemandAsync(bool allowed, ClaimsPrincipal user, string target, string message, CancellationToken cancellationToken)
    {
        if (allowed)
        {
            return;
        }

        await audit.WriteAsync(
            new AuditEntry(AuditEventTypes.ContentAccessDenied, target, message, Succeeded: false) { UserName = ContentPrincipal.UserName(user) },
            cancellationToken);
        throw new ContentForbiddenException(message);
    }
}
