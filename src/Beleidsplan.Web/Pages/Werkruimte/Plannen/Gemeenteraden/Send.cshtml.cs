using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Domain.Councils;
using Beleidsplan.Web.Domain.Lifecycle;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Gemeenteraden;

/// <summary>
/// A redacteur sends the draft plan to the councils (seed 000: views until mid-October). This makes
/// the councils' round, once per plan, and a hearing for every municipality of the unit; sending
/// again only adds municipalities that joined the unit since.
/// </summary>
[Access(Access.PlanEditor)]
public class SendModel(BeleidsplanDbContext db, TimeProvider clock, AccountLinks links) : PageModel
{
    public const string DefaultTitle = "Zienswijzen gemeenteraden op het ontwerp";

    [BindProperty]
    public RoundInput Input { get; set; } = new();

    [BindProperty]
    public bool Notify { get; set; }

    public PlanScope Scope => HttpContext.PlanScope();

    public List<VersionChoice> Versions { get; private set; } = [];

    public ConsultationRound? Round { get; private set; }

    public int Missing { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        var draft = await db.PlanDecisions.AsNoTracking()
            .Where(d => d.PlanId == Scope.PlanId && d.Kind == DecisionKind.DraftPlanReleased && d.PlanVersionId != null)
            .OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.Id).FirstOrDefaultAsync();
        var today = Rounds.Today(clock);
        Input = Round is { } round ? RoundInput.From(round) : new RoundInput
        {
            Title = DefaultTitle,
            VersionId = draft?.PlanVersionId ?? Versions.LastOrDefault()?.Id,
            OpensOn = RoundInput.Iso(draft?.DecidedOn ?? today),
        };
        Input.CreationKey = Guid.NewGuid();
        Notify = Round is null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Input.Validate(ModelState, Versions) is not { } dates || !ModelState.IsValid)
        {
            return Page();
        }

        var round = await db.ConsultationRounds.Where(r => r.PlanId == Scope.PlanId && r.Purpose == RoundPurpose.CouncilHearing)
            .OrderBy(r => r.Id).FirstOrDefaultAsync();
        if (round is null)
        {
            round = new ConsultationRound
            {
                PlanId = Scope.PlanId,
                PlanVersionId = Input.VersionId!.Value,
                Title = "",
                CreatedAt = clock.GetUtcNow(),
                CreationKey = Input.CreationKey,
                Purpose = RoundPurpose.CouncilHearing,
            };
            Input.ApplyTo(round, dates.OpensOn, dates.Deadline);
            db.ConsultationRounds.Add(round);
        }

        var sent = await db.CouncilHearings.Where(h => h.PlanId == Scope.PlanId).Select(h => h.MunicipalityId).ToListAsync();
        var added = await db.Municipalities.Where(m => m.PoliceUnitId == Scope.UnitId && !sent.Contains(m.Id))
            .Select(m => new CouncilHearing { PlanId = Scope.PlanId, MunicipalityId = m.Id, Round = round, DraftSentOn = dates.OpensOn })
            .ToListAsync();
        db.CouncilHearings.AddRange(added);
        if (Notify)
        {
            await CouncilNotice.QueueAsync(db, links, Scope, added.Select(h => h.MunicipalityId).ToList(), round, clock.GetUtcNow());
        }

        // Two posts of the same form at once meet the unique indexes; the loser shows the winner's result.
        await RoundCreation.SaveAsync(db);
        return Redirect(CouncilUrls.Overview(Scope.Slug) + "?verstuurd=1");
    }

    private async Task LoadAsync()
    {
        Versions = await VersionChoice.LoadAsync(db, Scope.PlanId);
        Round = await CouncilTable.RoundAsync(db, Scope.PlanId);
        var sent = await db.CouncilHearings.Where(h => h.PlanId == Scope.PlanId).Select(h => h.MunicipalityId).ToListAsync();
        Missing = await db.Municipalities.CountAsync(m => m.PoliceUnitId == Scope.UnitId && !sent.Contains(m.Id));
    }
}
