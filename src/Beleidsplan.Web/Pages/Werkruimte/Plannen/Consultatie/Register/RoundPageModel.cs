using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Exports;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>
/// A page about one consultation round of the plan in the address. A round of another plan is
/// answered as if it did not exist (404): reactions carry personal data, so their ids say nothing.
/// </summary>
public abstract class RoundPageModel(BeleidsplanDbContext db) : PageModel
{
    public PlanScope Scope => HttpContext.PlanScope();

    public ConsultationRound Round { get; private set; } = null!;

    /// <summary>The parts of the round's version, in reading order.</summary>
    public ReactionParts Parts { get; private set; } = null!;

    protected BeleidsplanDbContext Db => db;

    /// <summary>False when the round does not exist in this plan.</summary>
    protected async Task<bool> LoadRoundAsync(int round)
    {
        var found = await db.ConsultationRounds.AsNoTracking().Include(r => r.PlanVersion)
            .SingleOrDefaultAsync(r => r.Id == round && r.PlanId == Scope.PlanId);
        if (found is null)
        {
            return false;
        }

        Round = found;
        Parts = ReactionParts.Of(found.PlanVersion!);
        return true;
    }

    /// <summary>Every reaction of the round, numbered 1, 2, 3 ... in the order received.</summary>
    protected async Task<List<NumberedReaction>> NumberedReactionsAsync() =>
        [.. (await db.Reactions.AsNoTracking().Include(r => r.Attachment).Where(r => r.RoundId == Round.Id).OrderBy(r => r.Id).ToListAsync())
            .Select((r, i) => new NumberedReaction(i + 1, r))];
}
