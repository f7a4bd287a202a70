using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>
/// Handles one reaction: the reaction integrally beside the text of the part it is about (as the
/// round's version has it), and the handling with, where it led to a change, the part of a later
/// version. Two redacteuren saving at once: the later save is refused and shows both handlings.
/// </summary>
[Access(Access.PlanEditor)]
public class HandleModel(BeleidsplanDbContext db, PlanQueries plans, TimeProvider clock) : RoundPageModel(db)
{
    [BindProperty]
    public HandlingInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public Reaction Reaction { get; private set; } = null!;

    public int Number { get; private set; }

    public PartText PartText { get; private set; } = null!;

    public HandlingChoices Choices { get; private set; } = null!;

    public int? PreviousUnhandled { get; private set; }

    public int? NextUnhandled { get; private set; }

    public string? ConflictNote { get; private set; }

    public List<ConflictField> Conflict { get; } = [];

    public bool Saved => Request.Query.ContainsKey("opgeslagen");

    public async Task<IActionResult> OnGetAsync(int round, int reaction)
    {
        if (!await LoadAsync(round, reaction))
        {
            return NotFound();
        }

        Input = HandlingInput.From(Reaction, Choices);
        Version = Reaction.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int round, int reaction)
    {
        if (!await LoadAsync(round, reaction))
        {
            return NotFound();
        }

        var handling = Input.Validate(Choices, ModelState);
        if (handling is null)
        {
            return Page();
        }

        Db.Entry(Reaction).Property(r => r.Version).OriginalValue = Version;
        Reaction.Handle(handling.Status, Input.Note?.Replace("\r\n", "\n", StringComparison.Ordinal), handling.Version?.Id, handling.Part,
            User.Identity?.Name ?? "onbekend", clock.GetUtcNow());
        try
        {
            await Db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            await ShowConflictAsync();
            return Page();
        }

        var next = Input.GoToNext ? NextUnhandled : null;
        return Redirect(next is { } id ? ConsultationUrls.Handle(Scope.Slug, Round.Id, id) : ConsultationUrls.Handle(Scope.Slug, Round.Id, Reaction.Id) + "?opgeslagen=1");
    }

    private async Task<bool> LoadAsync(int round, int reaction)
    {
        if (!await LoadRoundAsync(round))
        {
            return false;
        }

        var found = await Db.Reactions.Include(r => r.Attachment).SingleOrDefaultAsync(r => r.Id == reaction && r.RoundId == Round.Id);
        if (found is null)
        {
            return false;
        }

        Reaction = found;
        var ids = await Db.Reactions.Where(r => r.RoundId == Round.Id).OrderBy(r => r.Id)
            .Select(r => new { r.Id, Open = r.Handling == null }).ToListAsync();
        Number = ids.FindIndex(r => r.Id == reaction) + 1;
        PreviousUnhandled = ids.LastOrDefault(r => r.Open && r.Id < reaction)?.Id;
        NextUnhandled = ids.FirstOrDefault(r => r.Open && r.Id > reaction)?.Id;
        var version = await plans.LoadVersionAsync(Scope.Slug, Round.PlanVersion!.Number)
            ?? throw new InvalidOperationException($"Versie {Round.PlanVersion.Number} van {Scope.Slug} ontbreekt.");
        PartText = PartText.Of(version.Plan, found.Part);
        Choices = await HandlingChoices.LoadAsync(Db, Scope.PlanId, Round.PlanVersion.Number);
        return true;
    }

    private async Task ShowConflictAsync()
    {
        Db.ChangeTracker.Clear();
        var saved = await Db.Reactions.AsNoTracking().Include(r => r.Attachment).SingleAsync(r => r.Id == Reaction.Id);
        var theirs = HandlingInput.From(saved, Choices);
        ConflictNote = $"Deze reactie is intussen afgehandeld door {saved.HandledBy ?? "iemand anders"}"
            + (saved.HandledAt is { } at ? $" op {at.ToDutchMoment()}" : "")
            + ", nadat u haar opende. Uw afhandeling is nog niet opgeslagen.";
        Conflict.AddRange(new[]
        {
            new ConflictField("Afhandeling", saved.Handling.ToDutch(), HandlingInput.StatusText(Input.Status)),
            new ConflictField("Toelichting, antwoord of reden", saved.HandlingNote, Input.Note),
            new ConflictField("Gewijzigd in", Choices.Describe(theirs), Choices.Describe(Input)),
        }.Where(f => f.Theirs != f.Yours));
        Reaction = saved;
        Version = saved.Version; // saving again now replaces theirs deliberately, with what the user decided
        ModelState.Remove(nameof(Version));
    }
}
