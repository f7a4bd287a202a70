using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>
/// Closes a round, or opens it again. Closing is refused while reactions lack a handling, unless the
/// redacteur gives the reason; that reason stays with the round and appears in the reactienota.
/// </summary>
[Access(Access.PlanEditor)]
public class CloseModel(BeleidsplanDbContext db, TimeProvider clock) : RoundPageModel(db)
{
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public int Unhandled { get; private set; }

    public int Total { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(int round)
    {
        if (!await LoadAsync(round))
        {
            return NotFound();
        }

        Version = Round.Version;
        Message = Request.Query.ContainsKey("gesloten") ? "De ronde is gesloten."
            : Request.Query.ContainsKey("heropend") ? "De ronde is weer geopend." : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int round)
    {
        if (!await LoadAsync(round))
        {
            return NotFound();
        }

        ModelState.Clear();
        var tracked = await Db.ConsultationRounds.SingleAsync(r => r.Id == Round.Id);
        var reactions = await Db.Reactions.AsNoTracking().Where(r => r.RoundId == Round.Id).ToListAsync();
        if (Reason?.Length > 4000)
        {
            ModelState.AddModelError(nameof(Reason), "De reden is te lang: ten hoogste 4.000 tekens.");
            return Page();
        }

        try
        {
            tracked.Close(reactions, Reason?.Replace("\r\n", "\n", StringComparison.Ordinal), User.Identity?.Name ?? "onbekend", clock.GetUtcNow());
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError(nameof(Reason), refused.Message);
            return Page();
        }

        return await SaveAsync(tracked, "gesloten");
    }

    public async Task<IActionResult> OnPostReopenAsync(int round)
    {
        if (!await LoadAsync(round))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (!Round.IsClosed)
        {
            Message = "Deze ronde is niet gesloten.";
            return Page();
        }

        var tracked = await Db.ConsultationRounds.SingleAsync(r => r.Id == Round.Id);
        tracked.Reopen();
        return await SaveAsync(tracked, "heropend");
    }

    private async Task<IActionResult> SaveAsync(ConsultationRound tracked, string done)
    {
        Db.Entry(tracked).Property(r => r.Version).OriginalValue = Version;
        try
        {
            await Db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            await LoadAsync(Round.Id);
            Version = Round.Version;
            ModelState.Clear();
            Message = "Iemand anders heeft de ronde intussen gewijzigd (gesloten, heropend of aangepast). Bekijk de stand hieronder en probeer het zo nodig opnieuw.";
            return Page();
        }

        return Redirect($"{ConsultationUrls.CloseRound(Scope.Slug, Round.Id)}?{done}=1");
    }

    private async Task<bool> LoadAsync(int round)
    {
        if (!await LoadRoundAsync(round))
        {
            return false;
        }

        var handled = await Db.Reactions.Where(r => r.RoundId == Round.Id).Select(r => r.Handling != null).ToListAsync();
        (Total, Unhandled) = (handled.Count, handled.Count(h => !h));
        return true;
    }
}
