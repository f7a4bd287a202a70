using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;

/// <summary>
/// A redacteur builds a round's audience by group (organisations of the unit, or people pasted as
/// lines) and sends the invitations: each with a new personal link, the mail queued in the same save.
/// </summary>
[Access(Access.PlanEditor)]
public class InviteesModel(BeleidsplanDbContext db, AccountLinks links, TimeProvider clock, ILogger<InviteesModel> log) : PageModel
{
    [BindProperty]
    public string? OrganisationsGroup { get; set; }

    [BindProperty]
    public List<int> OrganisationIds { get; set; } = [];

    [BindProperty]
    public string? PeopleGroup { get; set; }

    [BindProperty]
    public string? Lines { get; set; }

    [BindProperty]
    public List<int> Send { get; set; } = [];

    [TempData]
    public string? Message { get; set; }

    public PlanScope Scope => HttpContext.PlanScope();

    public ConsultationRound Round { get; private set; } = null!;

    public List<InviteeRow> Invitees { get; private set; } = [];

    public List<OrganisationContacts> Organisations { get; private set; } = [];

    public static List<SelectListItem> Groups { get; } = Enum.GetValues<AudienceGroup>()
        .Select(g => new SelectListItem(g.ToDutch(), g.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(int round) => await LoadAsync(round) ? Page() : NotFound();

    public async Task<IActionResult> OnPostOrganisatiesAsync(int round)
    {
        if (!await LoadAsync(round))
        {
            return NotFound();
        }

        var group = ReadGroup(OrganisationsGroup, nameof(OrganisationsGroup));
        var chosen = Organisations.Where(o => OrganisationIds.Contains(o.Id)).ToList();
        if (chosen.Count == 0)
        {
            ModelState.AddModelError(nameof(OrganisationIds), "Kies een of meer organisaties.");
        }

        if (group is null || !ModelState.IsValid)
        {
            return Page();
        }

        var adding = new InviteeAdding(Round, await ListedEmailsAsync(), clock.GetUtcNow());
        foreach (var organisation in chosen)
        {
            adding.Add(organisation, group.Value);
        }

        return await SaveAsync(adding, nameof(OrganisationIds));
    }

    public async Task<IActionResult> OnPostPersonenAsync(int round)
    {
        if (!await LoadAsync(round))
        {
            return NotFound();
        }

        var group = ReadGroup(PeopleGroup, nameof(PeopleGroup));
        var listed = await ListedEmailsAsync();
        var (people, problems) = InviteeLines.Parse(Lines, listed);
        foreach (var problem in problems)
        {
            ModelState.AddModelError(nameof(Lines), problem);
        }

        if (group is null || !ModelState.IsValid)
        {
            return Page(); // all or nothing: the text stays, so the named lines can be fixed
        }

        var adding = new InviteeAdding(Round, listed, clock.GetUtcNow());
        foreach (var person in people)
        {
            adding.Add(person, group.Value, Organisations.FirstOrDefault(o => string.Equals(o.Name, person.Organisation, StringComparison.OrdinalIgnoreCase)));
        }

        return await SaveAsync(adding, nameof(Lines));
    }

    public async Task<IActionResult> OnPostVersturenAsync(int round)
    {
        if (!await LoadAsync(round))
        {
            return NotFound();
        }

        var invitees = await db.ConsultationInvitees.Where(i => i.RoundId == round && Send.Contains(i.Id)).OrderBy(i => i.Id).ToListAsync();
        if (Round.IsClosed)
        {
            ModelState.AddModelError(nameof(Send), "Deze ronde is gesloten; er gaan geen uitnodigingen meer uit.");
        }
        else if (invitees.Count == 0)
        {
            ModelState.AddModelError(nameof(Send), "Kies wie u wilt uitnodigen.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        (await InvitationMail.ForAsync(db, Round)).Queue(db, links, invitees, clock.GetUtcNow());
        await db.SaveChangesAsync(); // the new links and their mails together
        log.LogInformation("Ronde {RoundId}: {Count} uitnodigingen verstuurd", round, invitees.Count);
        Message = invitees.Count == 1 ? $"De uitnodiging aan {invitees[0].Name} staat klaar om te worden verzonden."
            : $"{invitees.Count} uitnodigingen staan klaar om te worden verzonden.";
        return Redirect(ConsultationUrls.Invitees(Scope.Slug, round));
    }

    public async Task<IActionResult> OnPostVerwijderenAsync(int round, int? id)
    {
        if (!await LoadAsync(round))
        {
            return NotFound();
        }

        var invitee = await db.ConsultationInvitees.SingleOrDefaultAsync(i => i.Id == id && i.RoundId == round);
        if (invitee is null || await db.Reactions.AnyAsync(r => r.InviteeId == invitee.Id))
        {
            ModelState.AddModelError(nameof(Send), "Deze genodigde kan niet worden verwijderd: hij staat niet (meer) op de lijst of heeft al gereageerd.");
            return Page();
        }

        db.ConsultationInvitees.Remove(invitee);
        await db.SaveChangesAsync();
        Message = $"{invitee.Name} staat niet meer op de lijst{(invitee.SentAt is null ? "" : "; de verstuurde link werkt niet meer")}.";
        return Redirect(ConsultationUrls.Invitees(Scope.Slug, round));
    }

    private AudienceGroup? ReadGroup(string? value, string field)
    {
        if (Enum.TryParse<AudienceGroup>(value, out var group) && Enum.IsDefined(group) && !int.TryParse(value, out _))
        {
            return group;
        }

        ModelState.AddModelError(field, "Kies een groep.");
        return null;
    }

    private async Task<HashSet<string>> ListedEmailsAsync() =>
        (await db.ConsultationInvitees.Where(i => i.RoundId == Round.Id).Select(i => i.Email).ToListAsync())
        .Select(ConsultationInvitee.NormaliseEmail).ToHashSet();

    private async Task<IActionResult> SaveAsync(InviteeAdding adding, string field)
    {
        if (adding.Added.Count == 0)
        {
            adding.Notes.ForEach(n => ModelState.AddModelError(field, n));
            return Page();
        }

        db.ConsultationInvitees.AddRange(adding.Added);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(field, "Iemand anders voegde intussen een van deze mensen toe. Bekijk de lijst en probeer het opnieuw.");
            db.ChangeTracker.Clear();
            await LoadAsync(Round.Id);
            return Page();
        }

        Message = string.Join(" ", [adding.Summary, .. adding.Notes]);
        return Redirect(ConsultationUrls.Invitees(Scope.Slug, Round.Id));
    }

    private async Task<bool> LoadAsync(int round)
    {
        if (await Rounds.FindAsync(db, Scope, round) is not { } found)
        {
            return false;
        }

        Round = found;
        Invitees = await InviteeRow.LoadAsync(db, round);
        Organisations = await OrganisationContacts.LoadAsync(db, Scope.UnitId);
        return true;
    }
}
