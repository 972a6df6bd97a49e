using System.ComponentModel.DataAnnotations;

namespace Anshun.Users.ViewModels;

/// <summary>绑定动态口令: the key to type or scan, and the first code as proof.</summary>
public sealed class TotpViewModel
{
    public bool Enabled { get; set; }

    /// <summary>三员 administrators must use TOTP.</summary>
    public bool Required { get; set; }

    public string? SharedKey { get; set; }

    public string? AuthenticatorUri { get; set; }

    /// <summary>The URI as a QR code image (data: URI, made on the server).</summary>
    public string? QrCodeDataUri { get; set; }

    [Display(Name = "动态口令")]
    public string? Code { get; set; }
}
