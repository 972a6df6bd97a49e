using Anshun.Core.Settings;
using Anshun.Features.Services;

namespace Anshun.Features.Tests.Services;

public sealed class SiteInfoValidatorTests
{
    [Fact]
    public void NameIsRequired()
    {
        var errors = SiteInfoValidator.Validate(SiteInfoValidator.Normalize(new SiteInfo { SiteName = "   " }));

        Assert.Equal(["请填写站点名称。"], errors[SiteInfoValidator.SiteNameField]);
    }

    [Fact]
    public void OverlongFieldsAreNamed()
    {
        var errors = SiteInfoValidator.Validate(new SiteInfo
        {
            SiteName = new string('安', SiteInfo.SiteNameMaxLength + 1),
            ShortName = new string('顺', SiteInfo.ShortNameMaxLength + 1),
            Copyright = new string('版', SiteInfo.CopyrightMaxLength + 1),
        });

        Assert.Equal(
            [SiteInfoValidator.CopyrightField, SiteInfoValidator.ShortNameField, SiteInfoValidator.SiteNameField],
            errors.Keys.Order());
    }

    [Fact]
    public void ValidInputIsTrimmedAndEmptyOptionalFieldsBecomeNull()
    {
        var site = SiteInfoValidator.Normalize(new SiteInfo { SiteName = " 安顺市政府网 ", ShortName = " ", Copyright = "主办：市政府办公室 " });

        Assert.Empty(SiteInfoValidator.Validate(site));
        Assert.Equal(("安顺市政府网", null, "主办：市政府办公室"), (site.SiteName, site.ShortName, site.Copyright));
    }
}
