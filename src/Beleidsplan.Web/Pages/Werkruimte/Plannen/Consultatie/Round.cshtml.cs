using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;

/// <summary>
/// One round: its settings, state and counts, who is invited, and the way to its reactions. Members
/// read it; redacteuren change the settings and the open link.
/// </summary>
[Access(Access.PlanMember)]
public class RoundModel(BeleidsplanDbContext db, AccountLinks links, TimeProvider clock) : PageModel
{
    public const string Conflict = "De ronde is intussen door iemand anders gewijzigd. Hieronder staat hoe zij nu is; probeer het zo nodig opnieuw.";
    public const string ConflictKept = "De ronde is intussen door iemand anders gewijzigd; uw wijzigingen zijn nog niet opgeslagen. Sla opnieuw op om ze toch te bewaren.";

    [BindProperty]
    public RoundInput Input { get; set; } = new();

    /// <summary>The round's version when the form was opened; a form without it is treated as out of date.</summary>
    [BindProperty]
    public int? Version { get; set; }

    [TempData]
    public string? NewOpenLink { get; set; }

    [TempData]
    public string? Message { get; set; }

    public PlanScope Scope => HttpContext.PlanScope();

    public bool CanEdit => Scope.Has(Role.Redacteur);

    public ConsultationRound Round { get; private set; } = null!;

    public RoundState State => Round.StateOn(Rounds.Today(clock));

    public string? OpenLinkShownOnce => NewOpenLink is { } token ? links.Absolute(ConsultationUrls.OpenLink(token)) : null;

    public List<VersionChoice> Versions { get; private set; } = [];

    public List<InviteeRow> Invitees { get; private set; } = [];

    public (int Total, int Late, int Unhandled) Reactions { get; private set; }

    public string? PreviousRoundTitle { get; private set; }

    public RoundFields Fields => RoundFields.For(Input, Versions, Reactions.Total > 0 ? Round.PlanVersion!.Label : null, ModelState);

    public async Task<IActionResult> OnGetAsync(int round)
    {
        if (!await LoadAsync(round))
        {
            return NotFound();
        }

        Input = RoundInput.From(Round);
        Version = Round.Version;
        return Page();
    }

    [Access(Access.PlanEditor)]
    public async Task<IActionResult> OnPostAsync(int round)
    {
        if (!await LoadAsync(round))
        {
            return NotFound();
        }

        var dates = Input.Validate(ModelState, Reactions.Total > 0 ? null : Versions);
        if (dates is null || !ModelState.IsValid || !IsCurrent(keepInput: true))
        {
            return Page();
        }

        Input.ApplyTo(Round, dates.Value.OpensOn, dates.Value.Deadline);
        if (Reactions.Total == 0)
        {
            Round.PlanVersionId = Input.VersionId!.Value; // the version is what the reactions are about: fixed once there are any
        }

        return await SaveAsync(round, "De instellingen zijn opgeslagen.", keepInput: true);
    }

    /// <summary>Makes a new open link (the old one stops working) and shows it once.</summary>
    [Access(Access.PlanEditor)]
    public async Task<IActionResult> OnPostNieuweOpenLinkAsync(int round)
    {
        string? token = null;
        var result = await ChangeAsync(round, r => token = r.NewOpenLink(), "Er is een nieuwe open link gemaakt; de vorige werkt niet meer.");
        NewOpenLink = result is RedirectResult ? token : null;
        return result;
    }

    [Access(Access.PlanEditor)]
    public Task<IActionResult> OnPostOpenLinkUitAsync(int round) =>
        ChangeAsync(round, r => r.RemoveOpenLink(), "De open link werkt niet meer; alleen genodigden kunnen nog reageren.");

    /// <summary>A change from a button without fields, made only to the round as the user saw it.</summary>
    private async Task<IActionResult> ChangeAsync(int round, Action<ConsultationRound> change, string message)
    {
        if (!await LoadAsync(round))
        {
            return NotFound();
        }

        if (!IsCurrent())
        {
            return Page();
        }

        change(Round);
        return await SaveAsync(round, message);
    }

    /// <summary>False, with a message, when the form was made from an older state of the round (or carries none).</summary>
    private bool IsCurrent(bool keepInput = false)
    {
        if (Version == Round.Version)
        {
            return true;
        }

        ShowConflict(keepInput);
        return false;
    }

    private async Task<IActionResult> SaveAsync(int round, string message, bool keepInput = false)
    {
        db.Entry(Round).Property(r => r.Version).OriginalValue = Version!.Value;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(round);
            ShowConflict(keepInput);
            return Page();
        }

        Message = message;
        return Redirect(ConsultationUrls.Round(Scope.Slug, round));
    }

    /// <summary>
    /// Says the round changed meanwhile. Typed settings stay in the form, and saving them again then
    /// overwrites deliberately; a button without fields shows the round as it now is.
    /// </summary>
    private void ShowConflict(bool keepInput)
    {
        if (!keepInput)
        {
            ModelState.Clear();
            Input = RoundInput.From(Round);
        }

        ModelState.Remove(nameof(Version));
        Version = Round.Version;
        ModelState.AddModelError("", keepInput ? ConflictKept : Conflict);
    }

    private async Task<bool> LoadAsync(int round)
    {
        if (await Rounds.FindAsync(db, Scope, round) is not { } found)
        {
            return false;
        }

        Round = found;
        Versions = await VersionChoice.LoadAsync(db, Scope.PlanId);
        Invitees = await InviteeRow.LoadAsync(db, round);
        var reactions = await db.Reactions.Where(r => r.RoundId == round).Select(r => new { r.IsLate, Unhandled = r.Handling == null }).ToListAsync();
        Reactions = (reactions.Count, reactions.Count(r => r.IsLate), reactions.Count(r => r.Unhandled));
        PreviousRoundTitle = found.PreviousRoundId is { } previous
            ? await db.ConsultationRounds.Where(r => r.Id == previous).Select(r => r.Title).SingleOrDefaultAsync()
            : null;
        return true;
    }
}
