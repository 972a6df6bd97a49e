using System.Net;
using Anshun.Testing;

namespace Anshun.StaffDirectory.Tests.Api;

/// <summary>Each test changes privacy choices, so each has its own site.</summary>
public sealed class DirectoryPrivacyApiTests
{
    [Fact]
    public async Task SameUnitIsTheDefaultAndShowsTheMobileToColleaguesOnly()
    {
        await using var site = new AnshunSiteFactory();
        var staff = await site.LoginAsync("staff");
        var colleague = await site.LoginAsync("jyj_editor");
        var other = await site.LoginAsync("czj_editor");

        var privacy = await (await staff.GetAsync("/api/directory/privacy")).JsonAsync();
        var seenByColleague = (await colleague.SearchAsync("q=yangfan")).Person("杨帆");
        var seenByOther = (await other.SearchAsync("q=yangfan")).Person("杨帆");
        var colleagueByMobile = await colleague.SearchAsync("q=" + DirectoryTestData.StaffMobile);
        var otherByMobile = await other.SearchAsync("q=" + DirectoryTestData.StaffMobile);

        Assert.Equal("sameUnit", privacy.GetProperty("mobileVisibility").GetString());
        Assert.Equal(DirectoryTestData.StaffMobile, seenByColleague.GetProperty("mobile").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seenByOther.GetProperty("mobile").ValueKind);
        Assert.True(seenByOther.GetProperty("mobileHidden").GetBoolean());
        Assert.Equal(["杨帆"], colleagueByMobile.Names());
        Assert.Empty(otherByMobile.Items());
    }

    [Fact]
    public async Task NobodyHidesTheMobileFromEveryoneButTheUser()
    {
        await using var site = new AnshunSiteFactory();
        var staff = await site.LoginAsync("staff");
        var colleague = await site.LoginAsync("jyj_editor");

        var changed = await staff.SetPrivacyAsync("nobody");
        var seenByColleague = (await colleague.SearchAsync("q=yangfan")).Person("杨帆");
        var colleagueByMobile = await colleague.SearchAsync("q=" + DirectoryTestData.StaffMobile);
        var seenBySelf = (await staff.SearchAsync("q=yangfan")).Person("杨帆");
        var selfByMobile = await staff.SearchAsync("q=" + DirectoryTestData.StaffMobile);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("nobody", (await (await staff.GetAsync("/api/directory/privacy")).JsonAsync()).GetProperty("mobileVisibility").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seenByColleague.GetProperty("mobile").ValueKind);
        Assert.Empty(colleagueByMobile.Items());
        Assert.Equal(DirectoryTestData.StaffMobile, seenBySelf.GetProperty("mobile").GetString());
        Assert.Equal(["杨帆"], selfByMobile.Names());
    }

    [Fact]
    public async Task EveryoneShowsTheMobileToOtherUnits()
    {
        await using var site = new AnshunSiteFactory();
        var staff = await site.LoginAsync("staff");
        var other = await site.LoginAsync("czj_editor");

        await staff.SetPrivacyAsync("everyone");
        var seenByOther = (await other.SearchAsync("q=yangfan")).Person("杨帆");
        var otherByMobile = await other.SearchAsync("q=" + DirectoryTestData.StaffMobile);

        Assert.Equal(DirectoryTestData.StaffMobile, seenByOther.GetProperty("mobile").GetString());
        Assert.Equal(["杨帆"], otherByMobile.Names());
    }

    [Theory]
    [InlineData("{\"mobileVisibility\":\"friends\"}")]
    [InlineData("{}")]
    [InlineData("not json")]
    public async Task BadChoiceIsRefusedAndNothingChanges(string body)
    {
        await using var site = new AnshunSiteFactory();
        var staff = await site.LoginAsync("staff");

        var response = await staff.PutAsync("/api/directory/privacy", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.JsonAsync();
        var privacy = await (await staff.GetAsync("/api/directory/privacy")).JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("errors").GetProperty("mobileVisibility")[0].GetString()!);
        Assert.Equal("sameUnit", privacy.GetProperty("mobileVisibility").GetString());
    }
}
