using System.Globalization;
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
/// A redacteur types in a reaction that came by letter or e-mail, with the day it arrived (which
/// decides whether it was late) and the scanned letter as attachment. The reaction is the
/// respondent's; the register shows who registered it.
/// </summary>
[Access(Access.PlanEditor)]
[AcceptsUploads]
public class RegisterOnBehalfModel(BeleidsplanDbContext db, PlanQueries queries, ReactionIntake intake, UploadOptions uploads, UserManager<User> users)
    : ReactionPageModel(db, queries, intake, uploads)
{
    public const string ListTitle = "Geregistreerde reacties in deze ronde";

    private User user = null!;

    [FromRoute(Name = "round")]
    public int RoundId { get; set; }

    public PlanScope Scope => HttpContext.PlanScope();

    public override RespondentFields Fields =>
        RespondentFields.Name | RespondentFields.Email | RespondentFields.Organisation | RespondentFields.Group | RespondentFields.Receipt;

    /// <summary>A letter can come in at any time, even before the round opens or after it closed.</summary>
    public override bool ShowsForm => true;

    public override string SubmitText => "Reactie registreren";

    protected override async Task<ConsultationRound?> FindRoundAsync()
    {
        user = (await users.GetUserAsync(User))!;
        return await Db.ConsultationRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == RoundId && r.PlanId == Scope.PlanId);
    }

    protected override void Prefill()
    {
        Respondent.ReceivedVia = nameof(ReactionSource.Letter);
        Respondent.ReceivedOn = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    protected override Respondent Who() =>
        new(Respondent.Name ?? "", Respondent.Email, Respondent.Organisation, Respondent.ParsedGroup, Respondent.ParsedVia ?? ReactionSource.Letter)
        {
            RegisteredBy = Reacting.Respondent.Truncate(string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? user.Id : user.DisplayName, 300),
            ReceivedOn = Respondent.ParsedReceivedOn,
            UploaderId = user.Id,
        };

    /// <summary>Every registered reaction of the round, so a pile of letters can be checked off.</summary>
    protected override IQueryable<Reaction> MineIn(IQueryable<Reaction> round) => round.Where(r => r.RegisteredBy != null);
}
