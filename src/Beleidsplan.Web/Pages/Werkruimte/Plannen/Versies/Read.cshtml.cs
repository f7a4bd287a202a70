using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Publishing;
using Beleidsplan.Web.Versions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Versies;

/// <summary>One part of a version as the reader meets it: a chapter's text, or a theme's sections with its goals and activities.</summary>
public sealed record VersionSection(PartKey Key, string Title, int Level, Chapter? Chapter, ThemeSectionsView? Theme, IReadOnlyList<string> Lva)
{
    /// <summary>h2 for a top-level part, one deeper per level, never below h5 so the theme's sections fit under it.</summary>
    public int HeadingLevel => Math.Min(Level + 2, 5);
}

/// <summary>A whole version in reading order, rendered as the public site would; every part carries its anchor.</summary>
[Access(Access.PlanMember)]
public class ReadModel(PlanQueries queries) : PageModel
{
    public PlanScope Scope => HttpContext.PlanScope();

    public bool CanEdit => Scope.Has(Role.Redacteur);

    public Plan Plan { get; private set; } = null!;

    public PlanVersion Version { get; private set; } = null!;

    public IReadOnlyList<VersionSection> Sections { get; private set; } = [];

    /// <summary>Set after freezing: the page confirms the version was made.</summary>
    [BindProperty(SupportsGet = true, Name = "vastgelegd")]
    public bool JustFrozen { get; set; }

    public async Task<IActionResult> OnGetAsync(int number)
    {
        if (await queries.LoadVersionAsync(Scope.Slug, number) is not { } loaded)
        {
            return NotFound();
        }

        (Plan, Version) = (loaded.Plan, loaded.Version);
        var chapters = Plan.Chapters.ToDictionary(c => c.Id);
        var priorities = Plan.Priorities.ToDictionary(p => p.Id);
        var subThemes = Plan.Priorities.SelectMany(p => p.SubThemes.Select(s => (Priority: p, SubTheme: s))).ToDictionary(x => x.SubTheme.Id);
        Sections = VersionParts.Of(Version.Content()).Where(p => p.Key.Kind != PartKind.Cover).Select(part =>
        {
            var heading = Math.Min(part.Level + 2, 5);
            return part.Key.Kind switch
            {
                PartKind.Chapter => new VersionSection(part.Key, part.Title, part.Level, chapters[part.Key.Id], null, []),
                PartKind.Priority => Theme(part, priorities[part.Key.Id], null, heading),
                PartKind.SubTheme => Theme(part, subThemes[part.Key.Id].Priority, subThemes[part.Key.Id].SubTheme, heading),
                PartKind.Cover => throw new InvalidOperationException("De voorpagina staat in de kop."),
            };
        }).ToList();
        return Page();
    }

    private static VersionSection Theme(PartContent part, Priority priority, SubTheme? subTheme, int heading)
    {
        var id = subTheme?.Id;
        var view = new ThemeSectionsView(subTheme?.Sections ?? priority.Sections,
            priority.Goals.Where(g => g.SubThemeId == id).ToList(), priority.Activities.Where(a => a.SubThemeId == id).ToList(),
            heading + 1, part.Key.Anchor + "-");
        var lva = subTheme is null ? priority.LvaLinks.Select(l => l.LvaTheme!.Name).ToList() : [];
        return new VersionSection(part.Key, part.Title, part.Level, null, view, lva);
    }
}
