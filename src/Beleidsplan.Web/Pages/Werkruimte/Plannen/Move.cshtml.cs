using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>Moves a part one place up or down among its siblings; priorities are renumbered to match.</summary>
[Access(Access.PlanEditor)]
public class MoveModel(BeleidsplanDbContext db, ILogger<MoveModel> log) : PageModel
{
    [BindProperty(Name = "soort")]
    public string Kind { get; set; } = "";

    [BindProperty(Name = "id")]
    public int Id { get; set; }

    [BindProperty(Name = "richting")]
    public string Direction { get; set; } = "";

    public PlanScope Scope => HttpContext.PlanScope();

    public IActionResult OnGet() => Redirect(WorkspaceUrls.Plan(Scope.Slug));

    public async Task<IActionResult> OnPostAsync()
    {
        var step = Direction switch { "omhoog" => -1, "omlaag" => 1, _ => 0 };
        var siblings = await SiblingsAsync();
        if (step == 0 || siblings is null)
        {
            return BadRequest();
        }

        var index = siblings.FindIndex(s => s.Id == Id);
        if (index < 0)
        {
            log.LogWarning("Geweigerd: gebruiker {User} probeerde {Kind} {Id} van een ander plan te verplaatsen", User.Identity?.Name, Kind, Id);
            return Forbid();
        }

        var target = index + step;
        if (target >= 0 && target < siblings.Count)
        {
            (siblings[index], siblings[target]) = (siblings[target], siblings[index]);
            for (var i = 0; i < siblings.Count; i++)
            {
                siblings[i].Place(i + 1);
            }

            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone else moved or edited a sibling at the same moment: the dashboard shows the order as it is now.
            }
        }

        return Redirect($"{WorkspaceUrls.Plan(Scope.Slug)}#{Kind}-{Id}");
    }

    /// <summary>The item's siblings within this plan in their order, or null for an unknown kind.</summary>
    private async Task<List<Placed>?> SiblingsAsync()
    {
        var plan = Scope.PlanId;
        switch (Kind)
        {
            case DeleteModel.ChapterKind:
                var parent = await db.Chapters.Where(c => c.Id == Id && c.PlanId == plan).Select(c => new { c.ParentId }).SingleOrDefaultAsync();
                return (await db.Chapters.Where(c => c.PlanId == plan && c.ParentId == (parent == null ? -1 : parent.ParentId)).OrderBy(c => c.Position).ToListAsync())
                    .Select(c => new Placed(c.Id, p => c.Position = p)).ToList();
            case DeleteModel.PriorityKind:
                return (await db.Priorities.Where(p => p.PlanId == plan).OrderBy(p => p.Position).ToListAsync())
                    .Select(x => new Placed(x.Id, p => (x.Position, x.Number) = (p, p))).ToList();
            case DeleteModel.SubThemeKind:
                var priority = await db.SubThemes.Where(s => s.Id == Id && s.PlanId == plan).Select(s => (int?)s.PriorityId).SingleOrDefaultAsync();
                return (await db.SubThemes.Where(s => s.PriorityId == priority).OrderBy(s => s.Position).ToListAsync())
                    .Select(s => new Placed(s.Id, p => s.Position = p)).ToList();
            case DeleteModel.GoalKind:
                var goalPriority = await db.Goals.Where(g => g.Id == Id && g.PlanId == plan).Select(g => (int?)g.PriorityId).SingleOrDefaultAsync();
                return (await db.Goals.Where(g => g.PriorityId == goalPriority).OrderBy(g => g.Position).ToListAsync())
                    .Select(g => new Placed(g.Id, p => g.Position = p)).ToList();
            case DeleteModel.ActivityKind:
                var activityPriority = await db.Activities.Where(a => a.Id == Id && a.PlanId == plan).Select(a => (int?)a.PriorityId).SingleOrDefaultAsync();
                return (await db.Activities.Where(a => a.PriorityId == activityPriority).OrderBy(a => a.Position).ToListAsync())
                    .Select(a => new Placed(a.Id, p => a.Position = p)).ToList();
            default:
                return null;
        }
    }

    private sealed record Placed(int Id, Action<int> Place);
}
