using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Reageren;

/// <summary>
/// Through their personal link, an invitee sees what happened to their reactions: over every round
/// of the plan, matched by the invitee's e-mail address (a later round sends a new link). A token that
/// is malformed or unknown is a plain 404, the same answer for both, and nothing is stored.
/// </summary>
[EnableRateLimiting(AccountSetup.SignInRateLimit)] // guessing at links is throttled like guessing passwords
[Access(Access.Public)]
public class PersonalHandlingModel(BeleidsplanDbContext db) : PageModel
{
    public string PlanTitle { get; private set; } = "";

    public string Name { get; private set; } = "";

    public RespondentOverview? Overview { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (!LinkToken.LooksValid(token))
        {
            return NotFound();
        }

        var hash = LinkToken.Hash(token);
        var invitee = await db.ConsultationInvitees.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash);
        if (invitee is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer"; // the token in this address goes nowhere else
        Response.Headers["X-Robots-Tag"] = "noindex";
        PlanTitle = await db.Plans.Where(p => p.Id == invitee.PlanId).Select(p => p.Title).SingleAsync();
        Name = invitee.Name;
        // Exactly this address, in any case: LIKE without wildcards, as the audit filter compares names.
        // An address typed at the open link proves nothing, so those reactions are not shown as this person's.
        var email = invitee.Email.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        Overview = await RespondentOverview.LoadAsync(db, invitee.PlanId, db.Reactions.Where(r => r.InviteeId == invitee.Id
            || (r.Source != ReactionSource.OpenLink && r.RespondentEmail != null && EF.Functions.Like(r.RespondentEmail.ToLower(), email, "\\"))));
        return Page();
    }
}
