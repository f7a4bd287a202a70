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

/// <summary>A round's open link: anyone who has it reacts, saying who they are.</summary>
[EnableRateLimiting(AccountSetup.SignInRateLimit)]
[Access(Access.Public)]
[AcceptsUploads]
public class OpenModel(BeleidsplanDbContext db, PlanQueries queries, ReactionIntake intake, UploadOptions uploads)
    : ReactionPageModel(db, queries, intake, uploads)
{
    [FromRoute]
    public string Token { get; set; } = "";

    public override RespondentFields Fields =>
        RespondentFields.Name | RespondentFields.Email | RespondentFields.Organisation | RespondentFields.Group;

    protected override async Task<ConsultationRound?> FindRoundAsync()
    {
        if (!LinkToken.LooksValid(Token))
        {
            return null;
        }

        var hash = LinkToken.Hash(Token);
        return await Db.ConsultationRounds.AsNoTracking().SingleOrDefaultAsync(r => r.OpenLinkTokenHash == hash);
    }

    protected override Respondent Who()
    {
        var name = Respondent.Name ?? "";
        return new(name, Respondent.Email, Respondent.Organisation, Respondent.ParsedGroup, ReactionSource.OpenLink)
        {
            Actor = new AuditActor(null, Reacting.Respondent.Truncate($"{name} (open link)", 256)),
        };
    }

    /// <summary>Nobody is known through an open link: only the reaction just sent is shown.</summary>
    protected override IQueryable<Reaction> MineIn(IQueryable<Reaction> round) => round.Where(_ => false);
}
