using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace Beleidsplan.Web.Pages.Plans;

public class ChapterModel(PlanQueries queries, PdfRenderer pdf) : PlanPageModel(queries, pdf)
{
    [FromRoute(Name = "chapter")]
    public string ChapterSlug { get; set; } = "";

    public Chapter Current { get; private set; } = null!;

    public IReadOnlyList<Chapter> Children { get; private set; } = [];

    public IReadOnlyList<GoverningBody> Bodies { get; private set; } = [];

    public override IReadOnlyList<Crumb> Breadcrumb =>
        WithPage([.. Ancestors().Select(c => new Crumb(c.Title, Urls.Chapter(Plan.Slug, c.Slug))), new Crumb(Current.Title, null)]);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadPlanAsync() || Plan.Chapters.FirstOrDefault(c => c.Slug == ChapterSlug) is not { } chapter)
        {
            return NotFound();
        }

        Current = chapter;
        CurrentKey = PlanNavigation.ChapterKey(chapter);
        Children = Plan.Chapters.Where(c => c.ParentId == chapter.Id).OrderBy(c => c.Position).ToList();
        if (chapter.Kind == ChapterKind.Governance)
        {
            Bodies = await Queries.GoverningBodiesAsync(Plan.PoliceUnitId);
        }

        return Page();
    }

    private List<Chapter> Ancestors()
    {
        var ancestors = new List<Chapter>();
        for (var parent = Plan.Chapters.FirstOrDefault(c => c.Id == Current.ParentId); parent is not null;
             parent = Plan.Chapters.FirstOrDefault(c => c.Id == parent.ParentId))
        {
            ancestors.Insert(0, parent);
        }

        return ancestors;
    }
}
