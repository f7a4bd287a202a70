using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Publishing;
using Beleidsplan.Web.Reacting;
using Beleidsplan.Web.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Reageren;

/// <summary>
/// The personal link from an invitation: the invitee reads the version and reacts, without an
/// account. The token is the only key, so a wrong or tampered one is a plain 404; in a follow-up
/// round the invitee sees their earlier reactions and their handling beside the new text.
/// </summary>
[EnableRateLimiting(AccountSetup.SignInRateLimit)] // guessing at links is throttled like guessing passwords
[Access(Access.Public)]
[AcceptsUploads]
public class PersonalModel(BeleidsplanDbContext db, PlanQueries queries, ReactionIntake intake, UploadOptions uploads)
    : ReactionPageModel(db, queries, intake, uploads)
{
    [FromRoute]
    public string Token { get; set; } = "";

    public ConsultationInvitee Invitee { get; private set; } = null!;

    public override RespondentFields Fields => RespondentFields.Name | RespondentFields.Organisation;

    protected override async Task<ConsultationRound?> FindRoundAsync()
    {
        if (!LinkToken.LooksValid(Token))
        {
            return null;
        }

        var hash = LinkToken.Hash(Token);
        var invitee = await Db.ConsultationInvitees.AsNoTracking().Include(i => i.Organisation).Include(i => i.Round)
            .SingleOrDefaultAsync(i => i.TokenHash == hash);
        Invitee = invitee!;
        return invitee?.Round;
    }

    protected override void Prefill()
    {
        Respondent.Name = Invitee.Name;
        Respondent.Organisation = Invitee.OrganisationName ?? Invitee.Organisation?.Name;
    }

    protected override Respondent Who()
    {
        var name = Respondent.Name ?? Invitee.Name;
        return new(name, Invitee.Email, Respondent.Organisation, Invitee.Group, ReactionSource.PersonalLink)
        {
            InviteeId = Invitee.Id,
            Actor = new AuditActor(null, Reacting.Respondent.Truncate($"{name} <{Invitee.Email}> (persoonlijke link)", 256)),
        };
    }

    protected override IQueryable<Reaction> MineIn(IQueryable<Reaction> round) => round.Where(r => r.InviteeId == Invitee.Id);

    protected override async Task LoadMoreAsync() => Earlier = await EarlierReactions.LoadAsync(Db, Round, Invitee.Email, Text);
}
