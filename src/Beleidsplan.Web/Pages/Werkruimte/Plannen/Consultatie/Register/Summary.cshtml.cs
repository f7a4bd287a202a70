using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.AspNetCore.Mvc;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>The round's reactions counted per part by kind and by handling: which priority do people want changed?</summary>
[Access(Access.PlanEditor)]
public class SummaryModel(BeleidsplanDbContext db) : RoundPageModel(db)
{
    public ReactionSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int round)
    {
        if (!await LoadRoundAsync(round))
        {
            return NotFound();
        }

        Summary = ReactionSummary.Of((await NumberedReactionsAsync()).Select(r => r.Reaction), Parts);
        return Page();
    }
}
