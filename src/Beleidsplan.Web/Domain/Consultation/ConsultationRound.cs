using Beleidsplan.Web.Domain.Audit;
using Beleidsplan.Web.Domain.Versions;

namespace Beleidsplan.Web.Domain.Consultation;

/// <summary>
/// One round in which a frozen version goes out for reactions (seed 004: the 70% version from
/// 18 June to 13 July 2018; the 85% version to the critical respondents). Reactions after the
/// deadline are accepted and marked late; a closed round still accepts a reaction, marked as such,
/// so that nothing anyone sends is lost.
/// </summary>
public class ConsultationRound : IPlanContent, IVersioned, IConsultationRecord
{
    public const int TitleMaxLength = 200;
    public const int IntroductionMaxLength = 4000;

    public int Id { get; set; }
    public int Version { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public int PlanVersionId { get; set; }
    public PlanVersion? PlanVersion { get; set; }
    public required string Title { get; set; }
    public string? Introduction { get; set; }
    public DateOnly OpensOn { get; set; }
    public DateOnly Deadline { get; set; }

    /// <summary>Set when anyone with the round's open link may react; only its hash is kept.</summary>
    public string? OpenLinkTokenHash { get; set; }

    /// <summary>The round whose critical respondents this round invited to read the next version.</summary>
    public int? PreviousRoundId { get; set; }
    public ConsultationRound? PreviousRound { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>From the form that made the round, so a double click or a retry makes one round.</summary>
    public Guid? CreationKey { get; set; }

    /// <summary>An ordinary consultation, or the round in which the councils give their views on the draft plan.</summary>
    public RoundPurpose Purpose { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }

    /// <summary>Why the round was closed while reactions still lacked a handling.</summary>
    public string? ClosingNote { get; set; }

    public List<ConsultationInvitee> Invitees { get; set; } = [];
    public List<Reaction> Reactions { get; set; } = [];

    public bool IsClosed => ClosedAt is not null;

    public bool HasOpenLink => OpenLinkTokenHash is not null;

    public RoundState StateOn(DateOnly today) =>
        IsClosed ? RoundState.Closed
        : today < OpensOn ? RoundState.Planned
        : today <= Deadline ? RoundState.Open
        : RoundState.PastDeadline;

    /// <summary>A reaction received after the deadline day is late; it is kept all the same.</summary>
    public bool IsLate(DateOnly receivedOn) => receivedOn > Deadline;

    /// <summary>Lets anyone with the returned link react; an earlier open link stops working.</summary>
    public string NewOpenLink()
    {
        var token = LinkToken.New();
        OpenLinkTokenHash = LinkToken.Hash(token);
        return token;
    }

    public void RemoveOpenLink() => OpenLinkTokenHash = null;

    public static string? ValidateDates(DateOnly opensOn, DateOnly deadline) =>
        deadline < opensOn ? "De uiterste datum ligt voor de openingsdatum." : null;

    /// <summary>
    /// Closes the round. Reactions without a handling block closing unless a reason is recorded,
    /// so an unanswered reaction is never closed away silently.
    /// </summary>
    public void Close(IReadOnlyCollection<Reaction> reactions, string? reason, string by, DateTimeOffset now)
    {
        if (IsClosed)
        {
            throw new DomainException("Deze ronde is al gesloten.");
        }

        var unhandled = reactions.Count(r => r.RoundId == Id && r.Handling is null);
        if (unhandled > 0 && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(unhandled == 1
                ? "Eén reactie heeft nog geen afhandeling. Handel die af of geef een reden om de ronde toch te sluiten."
                : $"{unhandled} reacties hebben nog geen afhandeling. Handel ze af of geef een reden om de ronde toch te sluiten.");
        }

        ClosedAt = now;
        ClosedBy = by;
        ClosingNote = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }

    public void Reopen()
    {
        ClosedAt = null;
        ClosedBy = null;
        ClosingNote = null;
    }
}

public enum RoundState
{
    Planned,
    Open,
    PastDeadline,
    Closed,
}

public static class RoundStateText
{
    public static string ToDutch(this RoundState state) => state switch
    {
        RoundState.Planned => "Nog niet geopend",
        RoundState.Open => "Open",
        RoundState.PastDeadline => "Termijn verstreken",
        RoundState.Closed => "Gesloten",
    };
}

/// <summary>Consultation records belong to a plan (for its history) but not to its public pages.</summary>
public interface IConsultationRecord : IPlanContent;
