using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Importing;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>A redacteur creates or edits a regional priority.</summary>
[Access(Access.PlanEditor)]
public class EditPriorityModel(BeleidsplanDbContext db, MarkdownRenderer markdown, ILogger<EditPriorityModel> log)
    : ContentEditorModel<Priority, ThemeInput>(db, markdown, log)
{
    private List<string> takenSlugs = [];

    protected override IQueryable<Priority> Items => Db.Priorities;

    protected override async Task<Priority?> NewItemAsync()
    {
        var existing = await Db.Priorities.Where(p => p.PlanId == Scope.PlanId)
            .Select(p => new { p.Slug, p.Position, p.Number }).ToListAsync();
        takenSlugs = existing.Select(p => p.Slug).ToList();
        return new Priority
        {
            PlanId = Scope.PlanId,
            Position = existing.Select(p => p.Position).DefaultIfEmpty(0).Max() + 1,
            Number = existing.Select(p => p.Number).DefaultIfEmpty(0).Max() + 1,
            Slug = "",
            Title = "",
        };
    }

    protected override ThemeInput ToInput(Priority item) => ThemeInput.From(item.Title, item.Sections);

    protected override void Apply(ThemeInput input, Priority item)
    {
        if (item.Slug.Length == 0)
        {
            item.Slug = Slugs.FromTitle(input.Title, takenSlugs);
        }

        item.Title = input.Title.Trim();
        input.ApplyTo(item.Sections);
    }

    protected override string EditUrl(Priority item) => WorkspaceUrls.Priority(Scope.Slug, item.Id);
}
