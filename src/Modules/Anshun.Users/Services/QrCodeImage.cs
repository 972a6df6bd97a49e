using QRCoder;

namespace Anshun.Users.Services;

/// <summary>Draws a QR code on the server as a PNG <c>data:</c> URI, so enrolment needs no script or network fetch.</summary>
public static class QrCodeImage
{
    public static string DataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
