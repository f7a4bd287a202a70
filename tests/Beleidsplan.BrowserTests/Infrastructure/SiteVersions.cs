using System.Text.RegularExpressions;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Beleidsplan.BrowserTests.Infrastructure;

/// <summary>
/// The public site shows a plan's published version: a journey that edits the working copy freezes and
/// publishes it as a redacteur does, and puts the version that was public back afterwards.
/// </summary>
public static class SiteVersions
{
    /// <summary>Freezes the working copy and publishes it (as a concept: publishing never adopts), through the version pages.</summary>
    public static async Task FreezeAndPublishAsync(IPage page, string slug, string label)
    {
        await page.GotoAsync($"/werkruimte/plannen/{slug}/versies/nieuw");
        await page.GetByLabel("Naam van de versie").FillAsync(label);
        await page.GetByRole(AriaRole.Button, new() { Name = "Versie vastleggen" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/versies/\d+"));
        await page.GotoAsync(page.Url.Split('?')[0] + "/publiceren");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publiceren" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/versies(\?|$)"));
    }

    public static Task<int> PublishedAsync(BrowserSite site, string slug) => SiteUsers.WithDbAsync(site, db =>
        db.PlanVersions.Where(v => v.Plan!.Slug == slug && v.IsPublished).Select(v => v.Number).SingleAsync());

    public static Task RepublishAsync(BrowserSite site, string slug, int number) => SiteUsers.WithDbAsync(site, async db =>
    {
        var version = await db.PlanVersions.SingleAsync(v => v.Plan!.Slug == slug && v.Number == number);
        await VersionPublisher.PublishAsync(db, version);
        return 0;
    });
}
