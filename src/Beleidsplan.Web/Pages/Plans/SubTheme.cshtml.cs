using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace Beleidsplan.Web.Pages.Plans;

public class SubThemeModel(PlanQueries queries, PdfRenderer pdf) : PlanPageModel(queries, pdf)
{
    [FromRoute(Name = "priority")]
    public string PrioritySlug { get; set; } = "";

    [FromRoute(Name = "subTheme")]
    public string SubThemeSlug { get; set; } = "";

    public Priority Parent { get; private set; } = null!;

    public SubTheme Current { get; private set; } = null!;

    public ThemeSectionsView Sections => new(Current.Sections,
        Parent.Goals.Where(g => g.SubThemeId == Current.Id).ToList(),
        Parent.Activities.Where(a => a.SubThemeId == Current.Id).ToList());

    public override IReadOnlyList<Crumb> Breadcrumb => WithPage(
        new Crumb($"Prioriteit {Parent.Number}: {Parent.Title}", Urls.Priority(Plan.Slug, Parent.Slug)),
        new Crumb(Current.Title, null));

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadPlanAsync()
            || Plan.Priorities.FirstOrDefault(p => p.Slug == PrioritySlug) is not { } priority
            || priority.SubThemes.FirstOrDefault(s => s.Slug == SubThemeSlug) is not { } subTheme)
        {
            return NotFound();
        }

        Parent = priority;
        Current = subTheme;
        CurrentKey = PlanNavigation.SubThemeKey(priority, subTheme);
        return Page();
    }
}
