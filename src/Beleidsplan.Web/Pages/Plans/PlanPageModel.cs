using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Beleidsplan.Web.Pages.Plans;

public record Crumb(string Title, string? Url);

/// <summary>What every page of a published plan has: the plan, its reading order and where we are.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName)]
[Access(Access.Public)]
public abstract class PlanPageModel(PlanQueries queries, PdfRenderer pdf) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Plan Plan { get; private set; } = null!;

    /// <summary>The version the public site shows: a concept carries a banner, an adopted version its date.</summary>
    public Domain.Versions.PlanVersion Version { get; private set; } = null!;

    public PlanNavigation Navigation { get; private set; } = null!;

    public string CurrentKey { get; protected set; } = "";

    public bool PdfAvailable => pdf.IsAvailable;

    protected PlanQueries Queries => queries;

    public PlanPage? Previous => Navigation.Previous(CurrentKey);

    public PlanPage? Next => Navigation.Next(CurrentKey);

    public virtual IReadOnlyList<Crumb> Breadcrumb =>
    [
        new("Home", "/"),
        new(Plan.ShortName + " " + Plan.PeriodLabel, CurrentKey == "voorpagina" ? null : Urls.Plan(Plan.Slug)),
    ];

    protected async Task<bool> LoadPlanAsync()
    {
        if (await queries.LoadPublishedAsync(Slug) is not { } published)
        {
            return false;
        }

        (Plan, Version) = (published.Plan, published.Version);
        Navigation = new PlanNavigation(Plan);
        return true;
    }

    protected IReadOnlyList<Crumb> WithPage(params Crumb[] crumbs) =>
        [.. PlanCrumbs(), .. crumbs];

    private IEnumerable<Crumb> PlanCrumbs() =>
        [new Crumb("Home", "/"), new Crumb(Plan.ShortName + " " + Plan.PeriodLabel, Urls.Plan(Plan.Slug))];
}
