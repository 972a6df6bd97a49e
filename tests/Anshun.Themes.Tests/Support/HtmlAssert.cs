namespace Anshun.Themes.Tests.Support;

public static class HtmlAssert
{
    /// <summary>No exception type, message or stack frame leaks into what a user receives.</summary>
    public static void NoTechnicalDetail(string body)
    {
        Assert.DoesNotContain(TestOnlyController.SecretDetail, body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain(".cs:line", body);
    }
}
