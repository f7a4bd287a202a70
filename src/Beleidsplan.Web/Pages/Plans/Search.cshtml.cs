using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Beleidsplan.Web.Pages.Plans;

// Search results are not cached: every query would be a new cache entry.
[OutputCache(NoStore = true)]
public class SearchModel(PlanQueries queries, PdfRenderer pdf, PlanSearch search) : PlanPageModel(queries, pdf)
{
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    public string? Error { get; private set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public override IReadOnlyList<Crumb> Breadcrumb => WithPage(new Crumb("Zoeken", null));

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadPlanAsync())
        {
            return NotFound();
        }

        CurrentKey = "zoeken";
        var (terms, error) = PlanSearch.Parse(Q);
        Error = error;
        if (Q?.Length > PlanSearch.MaxQueryLength)
        {
            Q = Q[..PlanSearch.MaxQueryLength];
        }

        Hits = error is null ? search.Search(Plan, terms) : [];
        return Page();
    }
}
