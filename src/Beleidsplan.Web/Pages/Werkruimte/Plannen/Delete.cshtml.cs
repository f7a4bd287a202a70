using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>
/// Deleting a part of the plan, after a confirmation that names everything that goes with it
/// (a priority's sub-themes, goals, activities and relations). Every removed row is in the audit trail.
/// </summary>
[Access(Access.PlanEditor)]
public class DeleteModel(BeleidsplanDbContext db, ILogger<DeleteModel> log) : PageModel
{
    public const string ChapterKind = "hoofdstuk";
    public const string PriorityKind = "prioriteit";
    public const string SubThemeKind = "deelthema";
    public const string GoalKind = "doel";
    public const string ActivityKind = "activiteit";

    [BindProperty]
    public int Version { get; set; }

    public PlanScope Scope => HttpContext.PlanScope();

    public string What { get; private set; } = "";

    public List<string> AlsoRemoved { get; } = [];

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, int id)
    {
        var (item, refusal) = await FindAsync(kind, id);
        if (refusal is not null)
        {
            return refusal;
        }

        Version = item!.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, int id)
    {
        var (item, refusal) = await FindAsync(kind, id);
        if (refusal is not null)
        {
            return refusal;
        }

        if (item!.Version != Version)
        {
            Problem = "Dit onderdeel is gewijzigd nadat u deze pagina opende. Bekijk wat er nu staat en bevestig opnieuw.";
            Version = item.Version;
            return Page();
        }

        db.Entry(item).Property(e => e.Version).OriginalValue = Version;
        db.Remove(item);
        try
        {
            await db.SaveChangesAsync(); // the dependents were loaded and marked in FindAsync
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone changed or removed it (or a part that goes with it) at the same moment: show what is there now.
            db.ChangeTracker.Clear();
            AlsoRemoved.Clear();
            var (current, gone) = await FindAsync(kind, id);
            if (gone is not null)
            {
                return Redirect(WorkspaceUrls.Plan(Scope.Slug));
            }

            Problem = "Dit onderdeel is zojuist door iemand anders gewijzigd of verwijderd. Bekijk wat er nu staat en bevestig opnieuw.";
            Version = current!.Version;
            return Page();
        }

        TempData[nameof(DashboardModel.Deleted)] = What;
        return Redirect(WorkspaceUrls.Plan(Scope.Slug));
    }

    private async Task<(IVersioned? Item, IActionResult? Refusal)> FindAsync(string kind, int id)
    {
        IVersioned? item = kind switch
        {
            ChapterKind => await LoadChapterAsync(id),
            PriorityKind => await LoadPriorityAsync(id),
            SubThemeKind => await LoadSubThemeAsync(id),
            GoalKind => await db.Goals.SingleOrDefaultAsync(g => g.Id == id) is { } goal ? Named(goal, $"doel '{goal.Text}'") : null,
            ActivityKind => await db.Activities.SingleOrDefaultAsync(a => a.Id == id) is { } activity ? Named(activity, $"{activity.Kind.ToDutch().ToLowerInvariant()} '{activity.Title}'") : null,
            _ => null,
        };
        if (item is null)
        {
            return (null, NotFound());
        }

        var planId = item is IPlanContent content ? content.PlanId : 0;
        if (planId != Scope.PlanId)
        {
            log.LogWarning("Geweigerd: gebruiker {User} probeerde {Kind} {Id} van een ander plan te verwijderen via {Path}", User.Identity?.Name, kind, id, Request.Path);
            db.ChangeTracker.Clear();
            return (null, Forbid());
        }

        return (item, null);
    }

    private T Named<T>(T item, string what)
    {
        What = what;
        return item;
    }

    private async Task<Chapter?> LoadChapterAsync(int id)
    {
        var chapter = await db.Chapters.Include(c => c.Children).SingleOrDefaultAsync(c => c.Id == id);
        if (chapter is null)
        {
            return null;
        }

        What = $"hoofdstuk '{chapter.Title}'";
        MarkRemoved(chapter.Children, c => $"onderliggend hoofdstuk '{c.Title}'");
        return chapter;
    }

    private async Task<Priority?> LoadPriorityAsync(int id)
    {
        var priority = await db.Priorities.Include(p => p.SubThemes).Include(p => p.Goals).Include(p => p.Activities)
            .Include(p => p.LvaLinks).SingleOrDefaultAsync(p => p.Id == id);
        if (priority is null)
        {
            return null;
        }

        What = $"prioriteit '{priority.Title}'";
        MarkRemoved(priority.Goals, g => $"doel '{g.Text}'");
        MarkRemoved(priority.Activities, a => $"{a.Kind.ToDutch().ToLowerInvariant()} '{a.Title}'");
        MarkRemoved(priority.SubThemes, s => $"deelthema '{s.Title}'");
        MarkRemoved(await db.PriorityRelations.Where(r => r.FromPriorityId == id || r.ToPriorityId == id).ToListAsync(), r => $"relatie '{r.Description}'");
        priority.LvaLinks.ForEach(l => db.Remove(l));
        return priority;
    }

    private async Task<SubTheme?> LoadSubThemeAsync(int id)
    {
        var subTheme = await db.SubThemes.SingleOrDefaultAsync(s => s.Id == id);
        if (subTheme is null)
        {
            return null;
        }

        What = $"deelthema '{subTheme.Title}'";
        MarkRemoved(await db.Goals.Where(g => g.SubThemeId == id).ToListAsync(), g => $"doel '{g.Text}'");
        MarkRemoved(await db.Activities.Where(a => a.SubThemeId == id).ToListAsync(), a => $"{a.Kind.ToDutch().ToLowerInvariant()} '{a.Title}'");
        return subTheme;
    }

    private void MarkRemoved<T>(IEnumerable<T> items, Func<T, string> describe)
        where T : class
    {
        foreach (var item in items)
        {
            AlsoRemoved.Add(describe(item));
            db.Remove(item);
        }
    }
}
