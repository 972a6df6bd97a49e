using Anshun.Users.Services;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Anshun.Users.Controllers;

public static class ModelStateExtensions
{
    /// <summary>Puts a service's field errors (camelCase) on the form's fields (PascalCase); general ones on the summary.</summary>
    public static void AddOperationErrors(this ModelStateDictionary modelState, OperationResult result, string? prefix = null)
    {
        foreach (var (field, messages) in result.Errors)
        {
            var key = field is "user" or "role" ? "" : prefix + char.ToUpperInvariant(field[0]) + field[1..];
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
