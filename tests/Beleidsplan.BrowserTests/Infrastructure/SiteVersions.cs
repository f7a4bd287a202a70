using System.Text.RegularExpressions;
using Beleidsplan.Web.Domain;
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

    /// <summary>Statuses taken by <see cref="PublishedAsync"/>, put back by <see cref="RepublishAsync"/>.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PlanStatus> Statuses = new();

    /// <summary>
    /// The version public now. An adopted plan publishes only adopted versions, so the plan is also set to
    /// consultation for the journey's concept; <see cref="RepublishAsync"/> puts its status back.
    /// </summary>
    public static Task<int> PublishedAsync(BrowserSite site, string slug) => SiteUsers.WithDbAsync(site, async db =>
    {
        var plan = await db.Plans.SingleAsync(p => p.Slug == slug);
        Statuses.TryAdd(slug, plan.Status);
        plan.Status = PlanStatus.Consultation;
        await db.SaveChangesAsync();
        return await db.PlanVersions.Where(v => v.PlanId == plan.Id && v.IsPublished).Select(v => v.Number).SingleAsync();
    });

    public static Task RepublishAsync(BrowserSite site, string slug, int number) => SiteUsers.WithDbAsync(site, async db =>
    {
        var version = await db.PlanVersions.SingleAsync(v => v.Plan!.Slug == slug && v.Number == number);
        await VersionPublisher.PublishAsync(db, version);
        if (Statuses.TryRemove(slug, out var status))
        {
            (await db.Plans.SingleAsync(p => p.Slug == slug)).Status = status;
            await db.SaveChangesAsync();
        }

        return 0;
    });
}
