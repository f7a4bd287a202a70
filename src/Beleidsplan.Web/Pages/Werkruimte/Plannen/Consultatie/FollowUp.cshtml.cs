using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;

/// <summary>
/// The next round (issue 4, point 5): a newer version goes to exactly the respondents whose reactions
/// in this round were critical. The page shows who that is before the redacteur confirms; the round,
/// its invitees and their invitations are then stored in one save.
/// </summary>
[Access(Access.PlanEditor)]
public class FollowUpModel(BeleidsplanDbContext db, AccountLinks links, TimeProvider clock, ILogger<FollowUpModel> log) : PageModel
{
    [BindProperty]
    public RoundInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public PlanScope Scope => HttpContext.PlanScope();

    public ConsultationRound Round { get; private set; } = null!;

    /// <summary>The versions after this round's: the next round is about one of them.</summary>
    public List<VersionChoice> Versions { get; private set; } = [];

    public CriticalRespondents Respondents { get; private set; } = new([], []);

    public RoundFields Fields => RoundFields.For(Input, Versions, null, ModelState);

    public async Task<IActionResult> OnGetAsync(int round)
    {
        if (!await LoadAsync(round))
        {
            return NotFound();
        }

        var newest = Versions.LastOrDefault();
        Input = new RoundInput
        {
            Title = newest is null ? "" : $"Consultatie {newest.Label}",
            VersionId = newest?.Id,
            OpensOn = RoundInput.Iso(Rounds.Today(clock)),
            CreationKey = Guid.NewGuid(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int round)
    {
        if (!await LoadAsync(round))
        {
            return NotFound();
        }

        if (Input.Validate(ModelState, Versions) is not { } dates || !ModelState.IsValid)
        {
            return Page();
        }

        if (await RoundCreation.ExistingAsync(db, Scope.PlanId, Input.CreationKey) is { } made)
        {
            return Redirect(ConsultationUrls.Round(Scope.Slug, made)); // sent twice: the round and its mails exist once
        }

        var now = clock.GetUtcNow();
        var next = new ConsultationRound
        {
            CreationKey = Input.CreationKey,
            PlanId = Scope.PlanId,
            PlanVersionId = Input.VersionId!.Value,
            PreviousRoundId = Round.Id,
            Title = "",
            CreatedAt = now,
        };
        Input.ApplyTo(next, dates.OpensOn, dates.Deadline);
        var invitees = Respondents.Invitable
            .Select(r => ConsultationInvitee.Listed(next, r.Group, r.Name, r.Email!, r.OrganisationId, r.Organisation, now)).ToList();
        db.ConsultationRounds.Add(next);
        db.ConsultationInvitees.AddRange(invitees);
        (await InvitationMail.ForAsync(db, next)).Queue(db, links, invitees, now);
        // The round, its invitees, their links and mails: together or not at all.
        if (!await RoundCreation.SaveAsync(db))
        {
            return Redirect(ConsultationUrls.Round(Scope.Slug, (await RoundCreation.ExistingAsync(db, Scope.PlanId, Input.CreationKey))!.Value));
        }

        log.LogInformation("Vervolgronde {RoundId} op ronde {PreviousId}: {Count} uitnodigingen", next.Id, Round.Id, invitees.Count);

        Message = invitees.Count switch
        {
            0 => "De vervolgronde is aangemaakt. Er was niemand met een kritische reactie en een e-mailadres om uit te nodigen.",
            1 => "De vervolgronde is aangemaakt; de uitnodiging aan de ene kritische respondent staat klaar om te worden verzonden.",
            var n => $"De vervolgronde is aangemaakt; de uitnodigingen aan {n} kritische respondenten staan klaar om te worden verzonden.",
        };
        return Redirect(ConsultationUrls.Round(Scope.Slug, next.Id));
    }

    private async Task<bool> LoadAsync(int round)
    {
        if (await Rounds.FindAsync(db, Scope, round) is not { } found)
        {
            return false;
        }

        Round = found;
        Versions = (await VersionChoice.LoadAsync(db, Scope.PlanId)).Where(v => v.Number > found.PlanVersion!.Number).ToList();
        Respondents = await CriticalRespondents.LoadAsync(db, round);
        return true;
    }
}
