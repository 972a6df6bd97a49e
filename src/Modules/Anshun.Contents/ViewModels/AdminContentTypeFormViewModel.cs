namespace Anshun.Contents.ViewModels;

/// <summary>Create or edit a content type.</summary>
public sealed record AdminContentTypeFormViewModel(AdminContentTypeInput Input, bool IsNew)
{
    public string Action => IsNew ? "/admin/content-types/create" : $"/admin/content-types/{Input.Name}/edit";
}
