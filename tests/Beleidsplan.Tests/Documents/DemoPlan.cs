using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Documenten;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Documents;

/// <summary>The demo's IMV 2024-2027 of Noord-Holland and its documents' addresses.</summary>
public static class DemoPlan
{
    public const string Slug = "imv-noord-holland-2024-2027";
    public const string Documents = $"/werkruimte/plannen/{Slug}/documenten";
    public const string Bloemendaal = $"{Documents}/raadsvoorstel/gm0377";
    public const string Letter = $"{Documents}/brief-regioburgemeester";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>
    /// The priorities ("Thema 1: ...") with their sub-themes of the version the councils are heard on (the
    /// draft plan once it went out: its titles may differ from the working copy's, as the 95% version's do).
    /// </summary>
    public static Task<List<(string Title, List<string> SubThemes)>> PrioritiesAsync(AppFactory app, string slug = Slug) =>
        app.WithDbAsync(async db =>
        {
            var planId = await db.Plans.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync();
            var number = await DocumentFactsQuery.ConsultedVersionAsync(db, planId) ?? throw new InvalidOperationException("no version");
            var plan = (await new PlanQueries(db).LoadVersionAsync(slug, number))!.Plan;
            return plan.Priorities.OrderBy(p => p.Position)
                .Select(p => ($"Thema {p.Number}: {p.Title}", p.SubThemes.OrderBy(s => s.Position).Select(s => s.Title).ToList())).ToList();
        });

    public static async Task<(HttpResponseMessage Response, WordFile Word)> DownloadAsync(AppFactory app, Role role, string url, string? municipality = null)
    {
        var user = await TestUsers.SignedInAsync(app, role, municipality: municipality);
        var response = await user.Client.GetAsync(url);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, url);
        return (response, WordFile.Read(await response.Content.ReadAsByteArrayAsync()));
    }

    /// <summary>A plan of Noord-Holland in preparation: one priority with one sub-theme, no version, no milestone.</summary>
    public static Task<string> NewPlanAsync(AppFactory app) => app.WithDbAsync(async db =>
    {
        var slug = $"test-documenten-{Guid.NewGuid():N}"[..30];
        var unit = await db.PoliceUnits.SingleAsync(u => u.Slug == "noord-holland");
        var plan = new Plan { PoliceUnitId = unit.Id, Slug = slug, Title = "Testplan documenten", ShortName = "TP", FirstYear = 2028, LastYear = 2031 };
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        var priority = new Priority { PlanId = plan.Id, Position = 1, Number = 1, Slug = "testthema", Title = "Testthema" };
        priority.SubThemes.Add(new SubTheme { PlanId = plan.Id, Position = 1, Slug = "testdeelthema", Title = "Testdeelthema" });
        db.Priorities.Add(priority);
        await db.SaveChangesAsync();
        return slug;
    });
}
