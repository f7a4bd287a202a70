using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Publishing;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>
/// The text of the part a reaction is about, as the version the round sent out has it: a chapter's
/// body, or a theme's sections with its goals and activities. Shown beside the reaction while it is
/// handled, so the redacteur reads what the respondent read.
/// </summary>
public sealed record PartText(string Title, string? Markdown, ThemeSectionsView? Theme, bool Missing = false)
{
    public static PartText Of(Plan plan, ReactionPart part)
    {
        switch (part.Kind)
        {
            case PartKind.WholePlan:
                return new PartText(plan.Title, plan.Summary, null);
            case PartKind.Chapter when plan.Chapters.FirstOrDefault(c => c.Id == part.Id) is { } chapter:
                return new PartText(chapter.Title, chapter.Body, null);
            case PartKind.Priority when plan.Priorities.FirstOrDefault(p => p.Id == part.Id) is { } priority:
                return new PartText(priority.Title, null, new ThemeSectionsView(priority.Sections,
                    [.. priority.Goals.Where(g => g.SubThemeId is null)], [.. priority.Activities.Where(a => a.SubThemeId is null)], 3, "tekst-"));
            case PartKind.SubTheme:
                foreach (var priority in plan.Priorities)
                {
                    if (priority.SubThemes.FirstOrDefault(s => s.Id == part.Id) is { } subTheme)
                    {
                        return new PartText(subTheme.Title, null, new ThemeSectionsView(subTheme.Sections,
                            [.. priority.Goals.Where(g => g.SubThemeId == subTheme.Id)], [.. priority.Activities.Where(a => a.SubThemeId == subTheme.Id)], 3, "tekst-"));
                    }
                }

                break;
        }

        return new PartText(part.Title, null, null, Missing: true);
    }
}
