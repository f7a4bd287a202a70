using System.Net;
using System.Text.Json;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Versions;

/// <summary>A plan in preparation has no published version yet: neither the site nor the open data show it.</summary>
[Collection(VersionsSite.Name)]
public class UnpublishedPlanTests(AppFactory app)
{
    [Fact]
    public async Task A_plan_without_a_published_version_is_not_on_the_public_site_or_in_the_open_data()
    {
        var slug = $"imv-in-voorbereiding-{Guid.NewGuid():N}"[..40];
        await app.WithDbAsync(async db =>
        {
            var unit = await db.PoliceUnits.Where(u => u.Slug == "noord-holland").Select(u => u.Id).SingleAsync();
            db.Plans.Add(new Plan
            {
                Slug = slug,
                Title = "IMV in voorbereiding",
                ShortName = "IMV",
                FirstYear = 2028,
                LastYear = 2031,
                PoliceUnitId = unit,
                Status = PlanStatus.Preparation,
                UpdatedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        var client = app.CreateClient();

        var page = await client.GetAsync($"/plannen/{slug}");
        var detail = await client.GetAsync($"/api/v1/plannen/{slug}");
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/plannen")).RootElement;
        var home = await client.GetStringAsync("/");

        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        detail.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        list.EnumerateArray().Select(p => p.GetProperty("slug").GetString()).ShouldNotContain(slug);
        list.EnumerateArray().Select(p => p.GetProperty("slug").GetString()).ShouldContain("imv-noord-holland-2024-2027");
        home.ShouldNotContain("IMV in voorbereiding");
    }
}
