using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Api;

public static class OpenDataEndpoints
{
    public static void MapOpenDataApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Open data").CacheOutput(PublicCache.PolicyName)
            .WithMetadata(new AccessAttribute(Access.Public));
        api.MapGet("/plannen", ListAsync)
            .WithName("Plannen").WithSummary("Alle plannen van alle eenheden");
        api.MapGet("/plannen/{slug}", GetAsync)
            .WithName("Plan").WithSummary("Eén plan met zijn hoofdstukken, prioriteiten, deelthema's, doelen, activiteiten en publieke versies")
            .Produces<PlanDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/plannen/{slug}/sterkteverdeling", Strength.Publication.StrengthOpenData.GetAsync)
            .WithName("Sterkteverdeling").WithSummary("De formatie van het plan met fte per categorie en totalen op elk niveau, de voorgenomen wijzigingen en de wijkagentnorm")
            .Produces<Strength.Publication.StrengthData>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IReadOnlyList<PlanSummary>> ListAsync(BeleidsplanDbContext db)
    {
        // As on the public site: a plan is open data once a version of it is published.
        var plans = await db.Plans.AsNoTracking().Include(p => p.PoliceUnit)
            .Where(p => db.PlanVersions.Any(v => v.PlanId == p.Id && v.IsPublished))
            .OrderBy(p => p.PoliceUnit!.Name).ThenByDescending(p => p.FirstYear).ToListAsync();
        return plans.Select(p => new PlanSummary(p.Slug, p.Title, p.ShortName, UnitOf(p), PeriodOf(p),
            p.Status.ToCode(), p.AdoptedOn, Urls.Plan(p.Slug), $"/api/v1/plannen/{p.Slug}")).ToList();
    }

    private static async Task<IResult> GetAsync(string slug, PlanQueries queries, BeleidsplanDbContext db, Lifecycle.ChecklistLoader checklist)
    {
        var plan = await queries.LoadAsync(slug);
        if (plan is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Plan niet gevonden",
                detail: $"Er is geen plan met de naam '{slug}'. Zie /api/v1/plannen voor alle plannen.");
        }

        var versions = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == plan.Id && (v.IsPublished || v.AdoptedOn != null))
            .OrderBy(v => v.Number).Select(v => new { v.Number, v.Label, v.Date, v.AdoptedOn, v.IsPublished }).ToListAsync();
        var decisions = await Lifecycle.DecisionHistory.LoadAsync(db, plan.Id);
        var checks = await checklist.ForAsync(plan, published: true);
        var adoptedOn = decisions.LastOrDefault(d => d.Kind == Domain.Lifecycle.DecisionKind.Adopted)?.DecidedOn ?? plan.AdoptedOn;
        var chapterSlugs = plan.Chapters.ToDictionary(c => c.Id, c => c.Slug);
        var prioritySlugs = plan.Priorities.ToDictionary(p => p.Id, p => p.Slug);
        return Results.Ok(new PlanDetail(
            plan.Slug, plan.Title, plan.ShortName, UnitOf(plan), PeriodOf(plan), plan.Status.ToCode(),
            plan.LegalBasis, adoptedOn, plan.AdoptedBy, plan.PreviousPlan?.Slug, plan.Summary, Urls.Plan(plan.Slug),
            plan.Chapters.Select(c => new ChapterData(c.Slug, c.Title, ChapterKindCode(c.Kind),
                c.ParentId is { } parent ? chapterSlugs[parent] : null, c.Body)).ToList(),
            plan.Priorities.Select(p => ToData(plan, p)).ToList(),
            plan.PriorityRelations.Select(r => new RelationData(
                prioritySlugs[r.FromPriorityId], prioritySlugs[r.ToPriorityId], r.Description)).ToList(),
            versions.Select(v => new VersionData(v.Number, v.Label, v.Date,
                (v.AdoptedOn is null ? VersionStage.Concept : VersionStage.Adopted).ToCode(), v.AdoptedOn, v.IsPublished)).ToList(),
            plan.OfferedToMinisterOn,
            decisions.Select(d => new DecisionData(Domain.Lifecycle.DecisionKindText.ToCode(d.Kind), d.DecidedOn, d.Body, d.Reason, d.VersionNumber, d.ExtendedToYear)).ToList(),
            checks.Select(c => new ChecklistData(c.Code, c.Description, Lifecycle.CheckStatusText.ToCode(c.Status), c.Reason)).ToList()));
    }

    private static PriorityData ToData(Plan plan, Priority p) => new(
        p.Number, p.Slug, p.Title, Urls.Priority(plan.Slug, p.Slug), ToData(p.Sections),
        p.LvaLinks.Select(l => l.LvaTheme!.Slug).ToList(),
        p.Goals.Where(g => g.SubThemeId is null).Select(ToData).ToList(),
        p.Activities.Where(a => a.SubThemeId is null).Select(ToData).ToList(),
        p.SubThemes.Select(s => new SubThemeData(s.Slug, s.Title, Urls.SubTheme(plan.Slug, p.Slug, s.Slug), ToData(s.Sections),
            p.Goals.Where(g => g.SubThemeId == s.Id).Select(ToData).ToList(),
            p.Activities.Where(a => a.SubThemeId == s.Id).Select(ToData).ToList())).ToList());

    private static SectionsData ToData(ThemeSections s) =>
        new(s.Introduction, s.Meaning, s.Problem, s.WhyPriority, s.Ambition, s.Approach);

    private static GoalData ToData(Goal g) => new(g.Text, g.Indicator, g.TargetValue, g.TargetUnit, g.TargetYear, g.IsMeasurable);

    private static ActivityData ToData(Activity a) => new(a.Kind.ToCode(), a.Title, a.Description);

    private static UnitRef UnitOf(Plan p) => new(p.PoliceUnit!.Slug, p.PoliceUnit.Name);

    private static Period PeriodOf(Plan p) => new(p.FirstYear, p.LastYear, p.ExtendedToYear);

    private static string ChapterKindCode(ChapterKind kind) =>
        Importing.Codes.ChapterKinds.First(pair => pair.Value == kind).Key;
}
