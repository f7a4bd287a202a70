using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Importing;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>A redacteur creates or edits a sub-theme of a priority.</summary>
[Access(Access.PlanEditor)]
public class EditSubThemeModel(BeleidsplanDbContext db, MarkdownRenderer markdown, ILogger<EditSubThemeModel> log)
    : ContentEditorModel<SubTheme, ThemeInput>(db, markdown, log)
{
    [BindProperty(SupportsGet = true, Name = "prioriteit")]
    public int? PriorityId { get; set; }

    public string PriorityTitle { get; private set; } = "";

    protected override IQueryable<SubTheme> Items => Db.SubThemes.Include(s => s.Priority);

    protected override async Task<SubTheme?> NewItemAsync()
    {
        var priority = await Db.Priorities.Include(p => p.SubThemes)
            .SingleOrDefaultAsync(p => p.Id == PriorityId && p.PlanId == Scope.PlanId);
        if (priority is null)
        {
            return null;
        }

        PriorityTitle = priority.Title;
        return new SubTheme
        {
            PlanId = Scope.PlanId,
            PriorityId = priority.Id,
            Priority = priority,
            Position = priority.SubThemes.Select(s => s.Position).DefaultIfEmpty(0).Max() + 1,
            Slug = "",
            Title = "",
        };
    }

    protected override ThemeInput ToInput(SubTheme item)
    {
        PriorityTitle = item.Priority!.Title;
        return ThemeInput.From(item.Title, item.Sections);
    }

    protected override void Apply(ThemeInput input, SubTheme item)
    {
        PriorityTitle = item.Priority!.Title;
        if (item.Slug.Length == 0)
        {
            item.Slug = Slugs.FromTitle(input.Title, item.Priority.SubThemes.Select(s => s.Slug));
        }

        item.Title = input.Title.Trim();
        input.ApplyTo(item.Sections);
    }

    protected override string EditUrl(SubTheme item) => WorkspaceUrls.SubTheme(Scope.Slug, item.Id);
}
