using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Strength;
using Beleidsplan.Web.Strength;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Sterkte;

/// <summary>One formation of the unit as a tree with computed totals, and what its import found, so the working group sees it.</summary>
[Access(Access.PlanMember)]
public class FormationModel(BeleidsplanDbContext db) : PageModel
{
    public PlanScope Scope => HttpContext.PlanScope();

    public Formation Formation { get; private set; } = null!;

    public FormationTree Tree { get; private set; } = null!;

    public List<FormationFinding> Findings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string datum)
    {
        if (FormationQueries.ParseIso(datum) is not { } date || await FormationQueries.LoadAsync(db, Scope.UnitId, date) is not { } formation)
        {
            return NotFound();
        }

        Formation = formation;
        Tree = new FormationTree(formation.Nodes);
        Findings = formation.Findings.OrderBy(f => f.Position).ToList();
        return Page();
    }
}
