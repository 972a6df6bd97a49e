using Anshun.Contents.Services;

namespace Anshun.Contents.Tests.Core;

public sealed class ContentHtmlSanitizerTests
{
    private readonly ContentHtmlSanitizer _sanitizer = new();

    [Theory]
    [InlineData("<p>通知</p><script>alert(1)</script>")]
    [InlineData("<p>通知</p><style>p{color:red}</style>")]
    [InlineData("<img src=\"x.png\" onerror=\"alert(1)\">")]
    [InlineData("<p onclick=\"steal()\">点我</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">链接</a>")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">链接</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">链接</a>")]
    [InlineData("<img src=\"data:image/png;base64,iVBORw0KGgo=\">")]
    [InlineData("<iframe src=\"https://example.com\"></iframe>")]
    [InlineData("<object data=\"x.swf\"></object>")]
    [InlineData("<embed src=\"x.swf\">")]
    [InlineData("<form action=\"/login\"><input name=\"p\"></form>")]
    [InlineData("<svg onload=\"alert(1)\"><circle r=\"1\"></circle></svg>")]
    [InlineData("<section><div><blink onmouseover=\"x()\">隐藏</blink></div></section>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">背景</p>")]
    public void ActiveContentIsRefusedWithTheFieldNamed(string html)
    {
        var error = Assert.Throws<ContentValidationException>(() => _sanitizer.Sanitize(html, "body", "正文"));

        Assert.Equal("body", error.Field);
        Assert.Equal("正文含有脚本、事件属性或不安全的链接，已拒绝保存。请删除后重试。", error.Message);
    }

    [Fact]
    public void HtmlFieldErrorsNameTheField()
    {
        var error = Assert.Throws<ContentValidationException>(() =>
            _sanitizer.Sanitize("<script>x()</script>", "fields.ReleaseNotes", "“更新说明”"));

        Assert.Equal("fields.ReleaseNotes", error.Field);
        Assert.StartsWith("“更新说明”含有脚本", error.Message);
    }

    [Fact]
    public void HarmlessUnknownMarkupIsRemovedSilently()
    {
        var cleaned = _sanitizer.Sanitize("<p>正文<blink>闪烁</blink><custom-tag>自定义</custom-tag><!-- 注释 --></p><input value=\"x\">", "body", "正文");

        Assert.Equal("<p>正文</p>", cleaned);
    }

    [Fact]
    public void FormattingTablesImagesAndSafeLinksSurvive()
    {
        const string html =
            "<h2>标题</h2><p style=\"text-align: center\"><strong>加粗</strong><em>斜体</em><u>下划线</u></p>" +
            "<table class=\"table\"><thead><tr><th colspan=\"2\">表头</th></tr></thead><tbody><tr><td>甲</td><td>乙</td></tr></tbody></table>" +
            "<img src=\"https://www.anshun.gov.cn/logo.png\" alt=\"标志\"><img src=\"/files/a.png\" alt=\"本站\">" +
            "<a href=\"http://example.com/a\">外链</a><a href=\"/sections/notices\">站内</a><a href=\"mailto:office@anshun.gov.cn\">邮件</a>" +
            "<ul><li>一</li></ul><ol><li>二</li></ol><blockquote>引用</blockquote>";

        var cleaned = _sanitizer.Sanitize(html, "body", "正文");

        Assert.Equal(html, cleaned);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("<blink></blink>")]
    public void EmptyResultIsNull(string? html) => Assert.Null(_sanitizer.Sanitize(html, "body", "正文"));
}
