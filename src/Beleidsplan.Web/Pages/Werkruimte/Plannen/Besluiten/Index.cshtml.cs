using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Lifecycle;
using Beleidsplan.Web.Lifecycle;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Besluiten;

/// <summary>The plan's decisions, its history, and the decisions that can be taken now.</summary>
[Access(Access.PlanEditor)]
public class DecisionsModel(BeleidsplanDbContext db) : PageModel
{
    public PlanScope Scope => HttpContext.PlanScope();

    public Plan Plan { get; private set; } = null!;

    public IReadOnlyList<DecisionRow> Decisions { get; private set; } = [];

    [FromQuery(Name = "vastgelegd")]
    public string? Recorded { get; set; }

    /// <summary>Every kind with whether it can be taken now, and why not.</summary>
    public IReadOnlyList<(DecisionKind Kind, string? WhyNot)> Kinds { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == Scope.PlanId);
        Decisions = await DecisionHistory.LoadAsync(db, Scope.PlanId);
        Kinds = Enum.GetValues<DecisionKind>().Select(k => (k, Plan.WhyNot(k))).ToList();
    }
}
