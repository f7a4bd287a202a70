using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace Beleidsplan.Web.Pages.Plans;

public class PriorityModel(PlanQueries queries, PdfRenderer pdf) : PlanPageModel(queries, pdf)
{
    [FromRoute(Name = "priority")]
    public string PrioritySlug { get; set; } = "";

    public Priority Current { get; private set; } = null!;

    public ThemeSectionsView Sections => new(Current.Sections,
        Current.Goals.Where(g => g.SubThemeId is null).ToList(),
        Current.Activities.Where(a => a.SubThemeId is null).ToList());

    public IReadOnlyList<(Priority Other, string Description)> Relations { get; private set; } = [];

    public override IReadOnlyList<Crumb> Breadcrumb => WithPage(new Crumb($"Prioriteit {Current.Number}: {Current.Title}", null));

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadPlanAsync() || Plan.Priorities.FirstOrDefault(p => p.Slug == PrioritySlug) is not { } priority)
        {
            return NotFound();
        }

        Current = priority;
        CurrentKey = PlanNavigation.PriorityKey(priority);
        var byId = Plan.Priorities.ToDictionary(p => p.Id);
        Relations = Plan.PriorityRelations
            .Where(r => r.FromPriorityId == priority.Id || r.ToPriorityId == priority.Id)
            .Select(r => (byId[r.FromPriorityId == priority.Id ? r.ToPriorityId : r.FromPriorityId], r.Description))
            .ToList();
        return Page();
    }
}
