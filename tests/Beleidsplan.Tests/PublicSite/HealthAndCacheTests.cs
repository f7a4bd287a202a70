using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.PublicSite;

public class HealthAndCacheTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Health_answers_200_when_the_app_and_database_work()
    {
        var response = await app.CreateClient().GetAsync("/health");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task A_cached_public_page_shows_a_newly_published_version_at_once()
    {
        const string url = "/plannen/rbp-noord-nederland-2024-2027";
        var (_, before) = await app.GetPageAsync(url);
        var (_, cachedHome) = await app.GetPageAsync("/");
        var originalTitle = before.QuerySelector("h1")!.TextContent;

        await app.WithDbAsync(async db =>
        {
            var plan = await db.Plans.SingleAsync(p => p.Slug == "rbp-noord-nederland-2024-2027");
            plan.Title = "Gewijzigde titel voor de cachetest";
            return await db.SaveChangesAsync();
        });
        var (_, unpublished) = await app.GetPageAsync(url);
        var previous = await TestVersions.PublishWorkingCopyAsync(app, "rbp-noord-nederland-2024-2027");
        var (_, after) = await app.GetPageAsync(url);
        var (_, home) = await app.GetPageAsync("/");

        await TestVersions.RepublishAsync(app, "rbp-noord-nederland-2024-2027", previous!.Value);
        originalTitle.ShouldNotBe("Gewijzigde titel voor de cachetest");
        unpublished.QuerySelector("h1")!.TextContent.ShouldBe(originalTitle, "an edit of the working copy is not public before it is published");
        cachedHome.Body!.TextContent.ShouldNotContain("Gewijzigde titel");
        after.QuerySelector("h1")!.TextContent.ShouldBe("Gewijzigde titel voor de cachetest");
        home.Body!.TextContent.ShouldContain("Gewijzigde titel voor de cachetest");
    }

    [Fact]
    public async Task Public_pages_are_served_from_the_output_cache()
    {
        const string url = "/plannen/imv-noord-holland-2019-2022";
        await app.GetPageAsync(url);

        // Changing the database behind EF's back (no SaveChanges) shows whether the page was cached.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"Plans\" SET \"Title\" = 'Buiten de app om gewijzigd' WHERE \"Slug\" = 'imv-noord-holland-2019-2022'"));
        var (_, page) = await app.GetPageAsync(url);

        page.QuerySelector("h1")!.TextContent.ShouldNotBe("Buiten de app om gewijzigd");
    }
}
