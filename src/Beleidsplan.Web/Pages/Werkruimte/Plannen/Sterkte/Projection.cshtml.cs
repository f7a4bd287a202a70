using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Strength;
using Beleidsplan.Web.Strength;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Sterkte;

/// <summary>The plan's formation plus the planned changes in effect at a date (by default the end of the plan period).</summary>
[Access(Access.PlanMember)]
public class ProjectionModel(BeleidsplanDbContext db) : PageModel
{
    public PlanScope Scope => HttpContext.PlanScope();

    public Formation? Formation { get; private set; }

    public FormationProjection? Projection { get; private set; }

    public DateOnly Date { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    public string? DateError { get; private set; }

    public async Task OnGetAsync(string? datum)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == Scope.PlanId).Select(p => new { p.LastYear, p.ExtendedToYear }).SingleAsync();
        PeriodEnd = new DateOnly(plan.ExtendedToYear ?? plan.LastYear, 12, 31);
        Date = PeriodEnd;
        if (!string.IsNullOrWhiteSpace(datum))
        {
            if (Planning.MilestoneInput.ParseDate(datum) is { } date)
            {
                Date = date;
            }
            else
            {
                DateError = "Dit is geen geldige datum; schrijf hem als dd-mm-jjjj. Getoond is het eind van de planperiode.";
            }
        }

        Formation = await FormationQueries.LoadOfPlanAsync(db, Scope.PlanId);
        if (Formation is not null)
        {
            var changes = await db.PlannedStrengthChanges.AsNoTracking().Where(c => c.PlanId == Scope.PlanId).ToListAsync();
            Projection = FormationProjection.At(Formation.Nodes, changes, Date, PeriodEnd);
        }
    }

    public TreeTable Table() => new($"Verwachte formatie per {FormationQueries.Day(Date)} in fte, per onderdeel",
        Projection!.Tree.Nodes.Select(n => new TreeRow(Projection.Tree.DepthOf(n), n.Name, n.Kind, n.Own, Projection.Tree.TotalOf(n),
            Projection.ChangeOf(n), Projection.IsNew(n))).ToList(), ShowsChanges: true);
}
