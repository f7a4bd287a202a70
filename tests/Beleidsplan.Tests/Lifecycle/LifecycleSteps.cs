using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Councils;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Lifecycle;

/// <summary>Plans made for a test in unit Noord-Holland, and what a redacteur does with them through the pages.</summary>
public static class LifecycleSteps
{
    public sealed record PlanSpec(int FirstYear, int LastYear, string? StrengthText = "De wijkagenten per basisteam staan in de tabel.",
        bool LinkAllLva = false, bool LinkOneLva = false, int Versions = 2, PlanStatus Status = PlanStatus.Preparation, decimal? Wijkagenten = null);

    private static int formations;

    /// <summary>A new plan with one priority, optionally a strength chapter and LVA links, and frozen versions 1..n; returns its slug.</summary>
    public static Task<string> NewPlanAsync(AppFactory app, PlanSpec spec) => app.WithDbAsync(async db =>
    {
        var slug = $"plan-{Guid.NewGuid():N}"[..20];
        var unit = await db.PoliceUnits.Where(u => u.Slug == "noord-holland").Select(u => u.Id).SingleAsync();
        var plan = new Plan
        {
            Slug = slug,
            Title = $"Testplan {slug}",
            ShortName = "TP",
            PoliceUnitId = unit,
            FirstYear = spec.FirstYear,
            LastYear = spec.LastYear,
            Status = spec.Status,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        plan.Chapters.Add(new Chapter { Slug = "inleiding", Title = "Inleiding", Position = 1, Body = "Inleiding." });
        if (spec.StrengthText is { } strength)
        {
            plan.Chapters.Add(new Chapter { Slug = "sterkte", Title = "Sterkteverdeling", Position = 2, Kind = ChapterKind.StrengthDistribution, Body = strength });
        }

        var priority = new Priority { Slug = "ondermijning", Title = "Ondermijning", Number = 1, Position = 1 };
        plan.Priorities.Add(priority);
        db.Plans.Add(plan);
        if (spec.Wijkagenten is { } wijkagenten)
        {
            // A one-node formation per plan, at a date of its own (one formation per unit and date).
            plan.StrengthFormation = new Beleidsplan.Web.Domain.Strength.Formation
            {
                PoliceUnitId = unit,
                ReferenceDate = new DateOnly(2000, 1, 1).AddDays(Interlocked.Increment(ref formations)),
                Source = "Test",
                ImportedBy = "Test",
                ImportKey = Guid.NewGuid(),
                Nodes = [new() { Position = 0, Name = "Eenheid Noord-Holland", Kind = Beleidsplan.Web.Domain.Strength.NodeKind.Unit, Wijkagent = wijkagenten, Overig = 100m }],
            };
        }

        await db.SaveChangesAsync();
        var lva = await db.LvaThemes.OrderBy(t => t.Id).ToListAsync();
        foreach (var theme in spec.LinkAllLva ? lva : spec.LinkOneLva ? lva.Take(1) : [])
        {
            db.PriorityLvaLinks.Add(new PriorityLvaLink { PriorityId = priority.Id, LvaThemeId = theme.Id });
        }

        await db.SaveChangesAsync();
        var copy = await new PlanQueries(db).LoadWorkingCopyAsync(slug);
        for (var n = 1; n <= spec.Versions; n++)
        {
            db.PlanVersions.Add(PlanVersion.Freeze(copy!, n, $"Versie {n}", new DateOnly(spec.FirstYear - 1, n, 1), null, "Test", DateTimeOffset.UtcNow));
        }

        await db.SaveChangesAsync();
        return slug;
    });

    /// <summary>The first <paramref name="count"/> councils of the unit heard on the plan, on <paramref name="on"/>.</summary>
    public static Task<int> HearAsync(AppFactory app, string slug, int count, DateOnly on) => app.WithDbAsync(async db =>
    {
        var plan = await db.Plans.SingleAsync(p => p.Slug == slug);
        var municipalities = await db.Municipalities.Where(m => m.PoliceUnitId == plan.PoliceUnitId).OrderBy(m => m.Id).Take(count).ToListAsync();
        db.CouncilHearings.AddRange(municipalities.Select(m => new CouncilHearing
        {
            PlanId = plan.Id,
            MunicipalityId = m.Id,
            Outcome = CouncilOutcome.NoWishesOrObjections,
            DecidedOn = on,
            RegisteredBy = "Test",
        }));
        await db.SaveChangesAsync();
        return municipalities.Count;
    });

    public static Task<List<Web.Domain.Lifecycle.PlanDecision>> StoredDecisionsAsync(AppFactory app, string slug) => app.WithDbAsync(async db =>
    {
        var id = await db.Plans.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync();
        return await db.PlanDecisions.Where(d => d.PlanId == id).OrderBy(d => d.Id).ToListAsync();
    });

    public static Task<int> MunicipalitiesAsync(AppFactory app) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.PoliceUnits.Where(u => u.Slug == "noord-holland").Select(u => u.Id).SingleAsync();
            return await db.Municipalities.CountAsync(m => m.PoliceUnitId == unit);
        });

    public static string Decisions(string slug) => $"/werkruimte/plannen/{slug}/besluiten";

    /// <summary>Opens the form for a decision kind and posts it with these changes.</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Page)> RecordAsync(Browser redacteur, string slug, string kind, Dictionary<string, string> changes)
    {
        var (response, form) = await redacteur.GetAsync($"{Decisions(slug)}/nieuw/{kind}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await redacteur.SubmitAllAsync(form, changes);
    }

    public static async Task RecordedAsync(Browser redacteur, string slug, string kind, Dictionary<string, string> changes)
    {
        var (response, page) = await RecordAsync(redacteur, slug, kind, changes);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, page.QuerySelector("main")?.TextContent);
        response.Headers.Location!.OriginalString.ShouldBe($"{Decisions(slug)}?vastgelegd={kind}");
    }

    public static async Task<JsonElement> JsonAsync(AppFactory app, string slug)
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/plannen/{slug}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    public static Dictionary<string, (string Status, string Reason)> Checklist(JsonElement plan) =>
        plan.GetProperty("wettelijkeToets").EnumerateArray().ToDictionary(
            i => i.GetProperty("onderdeel").GetString()!, i => (i.GetProperty("status").GetString()!, i.GetProperty("reden").GetString()!));

    /// <summary>The checklist as the workspace page shows it: code → (status in words, reason).</summary>
    public static Dictionary<string, (string Status, string Reason)> Checklist(IDocument page) =>
        page.QuerySelectorAll("table.checklist-table tbody tr").ToDictionary(
            r => r.Id!["toets-".Length..], r => (r.QuerySelector(".check-status")!.TextContent, r.Children[2].TextContent.Trim()));
}
