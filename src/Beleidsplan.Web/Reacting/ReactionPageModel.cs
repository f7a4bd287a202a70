using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Publishing;
using Beleidsplan.Web.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Reacting;

/// <summary>
/// What the reaction pages share (personal link, open link, workspace, registration on someone's
/// behalf): the round and its version, the form, and taking the reaction in. A page says who reacts.
/// After a reaction is stored the page redirects to itself with the form's key, so a reload shows the
/// confirmation again instead of sending the form once more.
/// </summary>
public abstract class ReactionPageModel(BeleidsplanDbContext db, PlanQueries queries, ReactionIntake intake, UploadOptions uploads) : PageModel
{
    [BindProperty]
    public ReactionInput Input { get; set; } = ReactionInput.Fresh();

    [BindProperty]
    public RespondentInput Respondent { get; set; } = new();

    [FromQuery(Name = "ontvangen")]
    public string? ReceivedKey { get; set; }

    /// <summary>The part a "Reageer op dit onderdeel" link chose, when the page was opened without JavaScript.</summary>
    [FromQuery(Name = "onderdeel")]
    public string? ChosenPart { get; set; }

    public ConsultationRound Round { get; private set; } = null!;

    public VersionText Text { get; private set; } = null!;

    public RoundState State { get; private set; }

    public DateOnly Today => intake.Today;

    /// <summary>The reaction just taken in, for the confirmation.</summary>
    public Reaction? Received { get; private set; }

    /// <summary>This respondent's reactions in the round so far.</summary>
    public IReadOnlyList<Reaction> Mine { get; private set; } = [];

    public EarlierReactions? Earlier { get; protected set; }

    public abstract RespondentFields Fields { get; }

    /// <summary>A letter may arrive before a round opens; a person reacts only once it is open.</summary>
    public virtual bool ShowsForm => State != RoundState.Planned;

    public virtual string SubmitText => "Verstuur reactie";

    /// <summary>Who the form says is reacting, when that is known and not asked.</summary>
    public virtual string? ReactingAs => null;

    public ReactionFormView Form => new(Input, Respondent, Text.Choices.ToList(), Fields, uploads.MaxText, SubmitText, ReactingAs);

    protected BeleidsplanDbContext Db => db;

    /// <summary>The page shows what someone wrote, at an address that is their key: kept out of every cache.</summary>
    [NonHandler] // declared here, Razor Pages would otherwise take it for a handler of the verb PAGE
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context) =>
        Response.Headers.CacheControl = "private, no-store";

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Input = ReactionInput.Fresh(Text.Find(ChosenPart)?.Key);
        Prefill();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!ShowsForm)
        {
            return Page(); // the page says when the round opens
        }

        Respondent.Validate(Fields, Today, ModelState);
        var reaction = await intake.ReceiveAsync(Round, Text, Input, Who(), ModelState, HttpContext.RequestAborted);
        if (reaction is null)
        {
            return Page();
        }

        return Redirect($"{Request.PathBase}{Request.Path}?ontvangen={reaction.SubmissionKey}");
    }

    /// <summary>The round this address leads to, or null (then the page answers 404 and stores nothing).</summary>
    protected abstract Task<ConsultationRound?> FindRoundAsync();

    /// <summary>Who reacts, from the link or account and what the form says about them.</summary>
    protected abstract Respondent Who();

    /// <summary>This respondent's reactions in the round.</summary>
    protected abstract IQueryable<Reaction> MineIn(IQueryable<Reaction> round);

    /// <summary>Fills the fields about the respondent that are known already.</summary>
    protected virtual void Prefill()
    {
    }

    /// <summary>Anything more a page shows once the round is known (the earlier reactions of a follow-up round).</summary>
    protected virtual Task LoadMoreAsync() => Task.CompletedTask;

    private async Task<bool> LoadAsync()
    {
        if (await FindRoundAsync() is not { } round)
        {
            return false;
        }

        var version = await db.PlanVersions.AsNoTracking().Where(v => v.Id == round.PlanVersionId)
            .Select(v => new { v.Number, Slug = v.Plan!.Slug }).SingleAsync();
        if (await queries.LoadVersionAsync(version.Slug, version.Number) is not { } versioned)
        {
            return false;
        }

        (Round, Text, State) = (round, VersionText.Of(versioned), round.StateOn(Today));
        Mine = await MineIn(db.Reactions.AsNoTracking().Include(r => r.Attachment).Where(r => r.RoundId == round.Id)).OrderBy(r => r.Id).ToListAsync();
        if (Guid.TryParse(ReceivedKey, out var key))
        {
            Received = await intake.FindAsync(round.Id, key) is { } reaction && Who().Sent(reaction) ? reaction : null;
        }

        await LoadMoreAsync();
        return true;
    }
}

/// <summary>What the shared reaction form needs.</summary>
public sealed record ReactionFormView(
    ReactionInput Input,
    RespondentInput Respondent,
    IReadOnlyList<ReactionPart> Parts,
    RespondentFields Fields,
    string UploadLimit,
    string SubmitText,
    string? ReactingAs);
