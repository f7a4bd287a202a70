using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Publishing;
using Beleidsplan.Web.Reacting;
using Beleidsplan.Web.Uploads;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Reageren;

/// <summary>
/// A member of the plan's unit reacts from the workspace, as themselves: name and address from the
/// account, the organisation from their role (a gemeente user for their municipality, a partner for
/// their organisation). Invited to the round as well, they react as that invitee.
/// </summary>
[Access(Access.PlanMember)]
[AcceptsUploads]
public class ReactModel(BeleidsplanDbContext db, PlanQueries queries, ReactionIntake intake, UploadOptions uploads, UserManager<User> users)
    : ReactionPageModel(db, queries, intake, uploads)
{
    private User user = null!;
    private string? organisation;
    private ConsultationInvitee? invitee;

    [FromRoute(Name = "round")]
    public int RoundId { get; set; }

    public PlanScope Scope => HttpContext.PlanScope();

    public override RespondentFields Fields => RespondentFields.None;

    public override string? ReactingAs => organisation is null ? user.DisplayName : $"{user.DisplayName} ({organisation})";

    protected override async Task<ConsultationRound?> FindRoundAsync()
    {
        var round = await Db.ConsultationRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == RoundId && r.PlanId == Scope.PlanId);
        if (round is null)
        {
            return null;
        }

        user = (await users.GetUserAsync(User))!;
        var email = (user.Email ?? "").ToLowerInvariant();
#pragma warning disable CA1862 // string.Equals with a comparison does not translate to SQL; lower() does, on both engines
        invitee = await Db.ConsultationInvitees.AsNoTracking().Include(i => i.Organisation)
            .Where(i => i.RoundId == round.Id && i.Email.ToLower() == email).OrderBy(i => i.Id).FirstOrDefaultAsync();
#pragma warning restore CA1862
        var membership = await Db.Memberships.AsNoTracking().Include(m => m.Organisation).Include(m => m.Municipality)
            .Where(m => m.UserId == user.Id && m.PoliceUnitId == Scope.UnitId)
            .OrderByDescending(m => m.OrganisationId != null || m.MunicipalityId != null).ThenBy(m => m.Id).FirstOrDefaultAsync();
        organisation = invitee?.OrganisationName ?? invitee?.Organisation?.Name
            ?? membership?.Organisation?.Name ?? (membership?.Municipality is { } municipality ? $"Gemeente {municipality.Name}" : null);
        return round;
    }

    protected override Respondent Who() => new(user.DisplayName, user.Email, organisation, invitee?.Group ?? GroupOf(Scope.Roles), ReactionSource.Workspace)
    {
        UserId = user.Id,
        InviteeId = invitee?.Id,
        UploaderId = user.Id,
    };

    protected override IQueryable<Reaction> MineIn(IQueryable<Reaction> round) => round.Where(r => r.UserId == user.Id);

    protected override async Task LoadMoreAsync() => Earlier = await EarlierReactions.LoadAsync(Db, Round, user.Email, Text);

    private static AudienceGroup? GroupOf(IReadOnlyList<Role> roles) =>
        roles.Contains(Role.Gemeente) ? AudienceGroup.PublicOrderOfficials
        : roles.Contains(Role.Partner) ? AudienceGroup.Partners
        : null;
}
