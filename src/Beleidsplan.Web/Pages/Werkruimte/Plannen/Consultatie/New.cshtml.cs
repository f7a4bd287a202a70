using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;

/// <summary>
/// A redacteur puts a version out for consultation. With the open link anyone who has it may react;
/// the link is shown once, on the round page, since only its hash is stored.
/// </summary>
[Access(Access.PlanEditor)]
public class NewModel(BeleidsplanDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RoundInput Input { get; set; } = new();

    [BindProperty]
    public bool OpenLink { get; set; }

    public PlanScope Scope => HttpContext.PlanScope();

    public List<VersionChoice> Versions { get; private set; } = [];

    public RoundFields Fields => RoundFields.For(Input, Versions, null, ModelState);

    /// <summary>The full open link of a round just made, for the round page to show once.</summary>
    [TempData]
    public string? NewOpenLink { get; set; }

    public async Task OnGetAsync()
    {
        Versions = await VersionChoice.LoadAsync(db, Scope.PlanId);
        var newest = Versions.LastOrDefault();
        var today = Rounds.Today(clock);
        Input = new RoundInput
        {
            Title = newest is null ? "" : $"Consultatie {newest.Label}",
            VersionId = newest?.Id,
            OpensOn = RoundInput.Iso(today),
            CreationKey = Guid.NewGuid(),
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Versions = await VersionChoice.LoadAsync(db, Scope.PlanId);
        if (Input.Validate(ModelState, Versions) is not { } dates || !ModelState.IsValid)
        {
            return Page();
        }

        if (await RoundCreation.ExistingAsync(db, Scope.PlanId, Input.CreationKey) is { } made)
        {
            return Redirect(ConsultationUrls.Round(Scope.Slug, made));
        }

        var round = new ConsultationRound
        {
            PlanId = Scope.PlanId,
            PlanVersionId = Input.VersionId!.Value,
            Title = "",
            CreatedAt = clock.GetUtcNow(),
            CreationKey = Input.CreationKey,
        };
        Input.ApplyTo(round, dates.OpensOn, dates.Deadline);
        var token = OpenLink ? round.NewOpenLink() : null;
        db.ConsultationRounds.Add(round);
        if (!await RoundCreation.SaveAsync(db))
        {
            return Redirect(ConsultationUrls.Round(Scope.Slug, (await RoundCreation.ExistingAsync(db, Scope.PlanId, Input.CreationKey))!.Value));
        }

        if (token is not null)
        {
            NewOpenLink = token;
        }

        return Redirect(ConsultationUrls.Round(Scope.Slug, round.Id));
    }
}
