using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;

namespace Beleidsplan.Web.Reacting;

/// <summary>Who a reaction is from and how it came in, as the page established it.</summary>
public sealed record Respondent(string Name, string? Email, string? Organisation, AudienceGroup? Group, ReactionSource Source)
{
    public int? InviteeId { get; init; }

    /// <summary>The signed-in member who reacted from the workspace.</summary>
    public string? UserId { get; init; }

    /// <summary>The redacteur who typed in a letter or e-mail, and the day it arrived.</summary>
    public string? RegisteredBy { get; init; }

    public DateOnly? ReceivedOn { get; init; }

    /// <summary>Whom the audit trail names when nobody is signed in (a personal or open link).</summary>
    public AuditActor? Actor { get; init; }

    /// <summary>The account that uploads the attachment; empty when it comes through a link, without an account.</summary>
    public string UploaderId { get; init; } = "";

    /// <summary>Whether the working group is told by e-mail of a reaction after closing; a registration is their own work.</summary>
    public bool NotifiesAfterClosing => RegisteredBy is null;

    /// <summary>
    /// Whether an earlier reaction with the same submission key was sent by this respondent. The key is
    /// random and only ever in their own form, so a mismatch means a copied or tampered form.
    /// </summary>
    public bool Sent(Reaction reaction) =>
        (reaction.Source == Source || (IsRegistration(reaction.Source) && IsRegistration(Source)))
        && reaction.InviteeId == InviteeId && reaction.UserId == UserId && reaction.RegisteredBy == RegisteredBy;

    private static bool IsRegistration(ReactionSource source) => source is ReactionSource.Letter or ReactionSource.Email;

    public static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
