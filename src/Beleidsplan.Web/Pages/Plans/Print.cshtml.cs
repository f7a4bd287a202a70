using System.Globalization;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace Beleidsplan.Web.Pages.Plans;

public record PrintSection(PlanPage Page, string Anchor, Chapter? Chapter, ThemeSectionsView? Theme);

/// <summary>The whole plan on one page, in reading order: for printing and as the source of the PDF.</summary>
public class PrintModel(PlanQueries queries, PdfRenderer pdf) : PlanPageModel(queries, pdf)
{
    public CultureInfo Dutch { get; } = CultureInfo.GetCultureInfo("nl-NL");

    public IReadOnlyList<PrintSection> Sections { get; private set; } = [];

    public IReadOnlyList<GoverningBody> Bodies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadPlanAsync())
        {
            return NotFound();
        }

        Bodies = await Queries.GoverningBodiesAsync(Plan.PoliceUnitId);
        Sections = Navigation.Pages.Where(p => p.Kind != PageKind.Cover).Select(ToSection).ToList();
        return Page();
    }

    private PrintSection ToSection(PlanPage page, int index)
    {
        var anchor = $"deel-{index + 1}";
        foreach (var chapter in Plan.Chapters.Where(c => PlanNavigation.ChapterKey(c) == page.Key))
        {
            return new PrintSection(page, anchor, chapter, null);
        }

        foreach (var priority in Plan.Priorities)
        {
            if (PlanNavigation.PriorityKey(priority) == page.Key)
            {
                return new PrintSection(page, anchor, null, new ThemeSectionsView(priority.Sections,
                    priority.Goals.Where(g => g.SubThemeId is null).ToList(),
                    priority.Activities.Where(a => a.SubThemeId is null).ToList(), 3, anchor + "-"));
            }

            foreach (var subTheme in priority.SubThemes.Where(s => PlanNavigation.SubThemeKey(priority, s) == page.Key))
            {
                return new PrintSection(page, anchor, null, new ThemeSectionsView(subTheme.Sections,
                    priority.Goals.Where(g => g.SubThemeId == subTheme.Id).ToList(),
                    priority.Activities.Where(a => a.SubThemeId == subTheme.Id).ToList(), 3, anchor + "-"));
            }
        }

        return new PrintSection(page, anchor, null, null);
    }
}
