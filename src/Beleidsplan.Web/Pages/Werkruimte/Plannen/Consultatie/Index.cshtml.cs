using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;

/// <summary>The plan's consultation rounds, newest first, with how far each has come.</summary>
[Access(Access.PlanMember)]
public class IndexModel(BeleidsplanDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(int Id, string Title, string Version, DateOnly OpensOn, DateOnly Deadline, RoundState State,
        int Invitees, int Reactions, int Unhandled, bool IsCouncils = false);

    public PlanScope Scope => HttpContext.PlanScope();

    public bool CanEdit => Scope.Has(Role.Redacteur);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = Rounds.Today(clock);
        var rounds = await db.ConsultationRounds.AsNoTracking().Where(r => r.PlanId == Scope.PlanId)
            .OrderByDescending(r => r.OpensOn).ThenByDescending(r => r.Id)
            .Select(r => new
            {
                Round = r,
                Version = r.PlanVersion!.Label,
                Invitees = r.Invitees.Count,
                Reactions = r.Reactions.Count,
                Unhandled = r.Reactions.Count(x => x.Handling == null),
            })
            .ToListAsync();
        Rows = rounds.Select(r => new Row(r.Round.Id, r.Round.Title, r.Version, r.Round.OpensOn, r.Round.Deadline,
            r.Round.StateOn(today), r.Invitees, r.Reactions, r.Unhandled, r.Round.Purpose == RoundPurpose.CouncilHearing)).ToList();
    }
}
