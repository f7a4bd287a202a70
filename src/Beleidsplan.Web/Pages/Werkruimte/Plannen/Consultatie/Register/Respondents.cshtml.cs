using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>
/// Everyone who reacted to the plan over its rounds, and per respondent what happened to each of
/// their reactions. The address names a respondent by a code, not by their e-mail address.
/// </summary>
[Access(Access.PlanEditor)]
public class RespondentsModel(BeleidsplanDbContext db) : PageModel
{
    public PlanScope Scope => HttpContext.PlanScope();

    public List<Respondent> Respondents { get; private set; } = [];

    public RespondentOverview? Selected { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? respondent)
    {
        Respondents = await Respondent.AllAsync(db, Scope.PlanId);
        if (string.IsNullOrEmpty(respondent))
        {
            return Page();
        }

        var found = Respondents.FirstOrDefault(r => r.Code == respondent.Trim());
        if (found is null)
        {
            Problem = "Deze respondent is niet gevonden bij dit plan. Kies een respondent uit de lijst.";
            return Page();
        }

        var ids = found.ReactionIds.ToList();
        Selected = await RespondentOverview.LoadAsync(db, Scope.PlanId, db.Reactions.Where(r => ids.Contains(r.Id)));
        return Page();
    }
}
