namespace Anshun.Browser.Tests.Infrastructure;

/// <summary>
/// A browser test. Skipped, with the reason shown in the results, only where Chromium is truly
/// absent (the README's test command installs it when run as root).
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsAvailable)
        {
            Skip = $"未找到 Chromium（{Chromium.ExecutablePath}），浏览器测试已跳过。请以 root 运行 ./test.sh 自动安装，或执行 apt-get install chromium。";
        }
    }
}
