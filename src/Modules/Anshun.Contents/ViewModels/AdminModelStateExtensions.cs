using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Anshun.Contents.ViewModels;

/// <summary>Reads the error of one input by the service's field name (<c>title</c>, <c>fields.DocumentNumber</c>).</summary>
public static class AdminModelStateExtensions
{
    public static string? ErrorOf(this ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public static string Invalid(this ModelStateDictionary modelState, string key) =>
        modelState.ErrorOf(key) is null ? "" : " is-invalid";

    /// <summary>Errors on keys no input shows (the form lists them at the top).</summary>
    public static IEnumerable<string> ErrorsExcept(this ModelStateDictionary modelState, IReadOnlySet<string> shown) =>
        modelState.Where(e => !shown.Contains(e.Key)).SelectMany(e => e.Value?.Errors ?? []).Select(e => e.ErrorMessage);
}
