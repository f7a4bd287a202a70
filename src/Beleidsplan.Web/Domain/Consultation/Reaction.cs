using Beleidsplan.Web.Domain.Audit;

namespace Beleidsplan.Web.Domain.Consultation;

/// <summary>
/// One reaction to a version, kept integrally (its text never changes after it is received) with
/// how the working group handled it. <see cref="SubmissionKey"/> comes from the form, so a form
/// sent twice (a double click, a retry after a time-out) stores one reaction.
/// </summary>
public class Reaction : IConsultationRecord, IVersioned
{
    public const int TextMaxLength = 10_000;
    public const int PassageMaxLength = 2_000;
    public const int HandlingNoteMaxLength = 10_000;

    public int Id { get; set; }
    public int Version { get; set; }
    public int PlanId { get; set; }
    public int RoundId { get; set; }
    public ConsultationRound? Round { get; set; }
    public Guid SubmissionKey { get; set; }

    public int? InviteeId { get; set; }
    public ConsultationInvitee? Invitee { get; set; }
    public string? UserId { get; set; }
    public required string RespondentName { get; set; }
    public string? RespondentEmail { get; set; }
    public string? OrganisationName { get; set; }
    public AudienceGroup? Group { get; set; }
    public ReactionSource Source { get; set; }

    /// <summary>Who typed in a reaction received by letter or e-mail.</summary>
    public string? RegisteredBy { get; set; }

    public PartKind PartKind { get; set; }
    public int? PartId { get; set; }
    public string PartTitle { get; set; } = ReactionPart.WholePlan.Title;

    public ReactionPart Part
    {
        get => new(PartKind, PartId, PartTitle);
        set => (PartKind, PartId, PartTitle) = (value.Kind, value.Id, value.Title);
    }

    /// <summary>The words the respondent selected in the text, when the reaction is about a passage.</summary>
    public string? Passage { get; set; }
    public ReactionKind Kind { get; set; }
    public required string Text { get; set; }
    public Guid? AttachmentId { get; set; }
    public Uploads.StoredFile? Attachment { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public bool IsLate { get; set; }

    /// <summary>Received after the round was closed, through an old link; kept for the working group.</summary>
    public bool AfterClosing { get; set; }

    public HandlingStatus? Handling { get; set; }

    /// <summary>The explanation, the reason it was not processed, or the answer to a question.</summary>
    public string? HandlingNote { get; set; }
    public int? ChangedInVersionId { get; set; }
    public Versions.PlanVersion? ChangedInVersion { get; set; }

    /// <summary>The part of <see cref="ChangedInVersion"/> the reaction led to a change in.</summary>
    public PartKind? ChangedPartKind { get; set; }
    public int? ChangedPartId { get; set; }
    public string? ChangedPartTitle { get; set; }

    public ReactionPart? ChangedPart
    {
        get => ChangedPartKind is { } kind ? new(kind, ChangedPartId, ChangedPartTitle ?? "") : null;
        set => (ChangedPartKind, ChangedPartId, ChangedPartTitle) = (value?.Kind, value?.Id, value?.Title);
    }
    public DateTimeOffset? HandledAt { get; set; }
    public string? HandledBy { get; set; }

    /// <summary>Anything but agreement: the respondents of such reactions read the next version again.</summary>
    public bool IsCritical => Kind != ReactionKind.Agreement;

    private static readonly System.Globalization.CultureInfo Dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");

    public static string? ValidateText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "Schrijf uw reactie."
        : text.Length > TextMaxLength ? string.Create(Dutch, $"Uw reactie is te lang: ten hoogste {TextMaxLength:N0} tekens, u gebruikte er {text.Length:N0}.")
        : null;

    public static string? ValidateHandling(HandlingStatus status, string? note)
    {
        if (note?.Length > HandlingNoteMaxLength)
        {
            return $"De toelichting is te lang: ten hoogste {HandlingNoteMaxLength:N0} tekens.".Replace(',', '.');
        }

        var missing = string.IsNullOrWhiteSpace(note);
        return status switch
        {
            HandlingStatus.NotProcessed => missing ? "Geef de reden waarom de reactie niet is verwerkt." : null,
            HandlingStatus.Answered => missing ? "Geef het antwoord op de vraag." : null,
            HandlingStatus.Processed or HandlingStatus.PartlyProcessed or HandlingStatus.Noted => null,
        };
    }

    public void Handle(HandlingStatus status, string? note, int? changedInVersionId, ReactionPart? changedPart, string by, DateTimeOffset now)
    {
        if (ValidateHandling(status, note) is { } error)
        {
            throw new DomainException(error);
        }

        Handling = status;
        HandlingNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ChangedInVersionId = changedInVersionId;
        ChangedPart = changedInVersionId is null ? null : changedPart;
        HandledAt = now;
        HandledBy = by;
    }
}

/// <summary>What a reaction is about: the whole plan, or one chapter, priority or sub-theme (by its working-copy id).</summary>
public record ReactionPart(PartKind Kind, int? Id, string Title)
{
    public static readonly ReactionPart WholePlan = new(PartKind.WholePlan, null, "Het hele plan");

    // One way to name a part, stored with the reaction and shown as stored everywhere: the register,
    // the reactienota and the respondent read the same words.
    public static ReactionPart OfChapter(int id, string title) => new(PartKind.Chapter, id, Fit($"Hoofdstuk: {title}"));

    public static ReactionPart OfPriority(int id, int number, string title) => new(PartKind.Priority, id, Fit(PriorityLabel(number, title)));

    public static ReactionPart OfSubTheme(int id, int priorityNumber, string priorityTitle, string title) =>
        new(PartKind.SubTheme, id, Fit($"{PriorityLabel(priorityNumber, priorityTitle)} › Deelthema: {title}"));

    private static string PriorityLabel(int number, string title) => $"Prioriteit {number}: {title}";

    /// <summary>The stored title has room for 500 characters; a longer one is cut with an ellipsis.</summary>
    private static string Fit(string title) => title.Length > 500 ? title[..499] + "…" : title;

    public string Key => Kind == PartKind.WholePlan ? "plan" : $"{Kind.ToCode()}-{Id}";
}

public enum PartKind
{
    WholePlan,
    Chapter,
    Priority,
    SubTheme,
}

public enum ReactionKind
{
    Comment,
    Question,
    ProposedChange,
    Agreement,
}

public enum ReactionSource
{
    PersonalLink,
    OpenLink,
    Workspace,
    Letter,
    Email,
}

public enum HandlingStatus
{
    Processed,
    PartlyProcessed,
    NotProcessed,
    Answered,
    Noted,
}

public static class ConsultationText
{
    public static string ToDutch(this PartKind kind) => kind switch
    {
        PartKind.WholePlan => "Hele plan",
        PartKind.Chapter => "Hoofdstuk",
        PartKind.Priority => "Prioriteit",
        PartKind.SubTheme => "Deelthema",
    };

    public static string ToCode(this PartKind kind) => kind switch
    {
        PartKind.WholePlan => "plan",
        PartKind.Chapter => "hoofdstuk",
        PartKind.Priority => "prioriteit",
        PartKind.SubTheme => "deelthema",
    };

    public static string ToDutch(this ReactionKind kind) => kind switch
    {
        ReactionKind.Comment => "Opmerking",
        ReactionKind.Question => "Vraag",
        ReactionKind.ProposedChange => "Voorstel tot wijziging",
        ReactionKind.Agreement => "Instemming",
    };

    public static string ToDutch(this ReactionSource source) => source switch
    {
        ReactionSource.PersonalLink => "Persoonlijke link",
        ReactionSource.OpenLink => "Open link",
        ReactionSource.Workspace => "Werkruimte",
        ReactionSource.Letter => "Per brief (geregistreerd door de werkgroep)",
        ReactionSource.Email => "Per e-mail (geregistreerd door de werkgroep)",
    };

    public static string ToDutch(this HandlingStatus? status) => status is { } handled ? handled.ToDutch() : "Nog niet afgehandeld";

    public static string ToDutch(this HandlingStatus status) => status switch
    {
        HandlingStatus.Processed => "Verwerkt",
        HandlingStatus.PartlyProcessed => "Deels verwerkt",
        HandlingStatus.NotProcessed => "Niet verwerkt",
        HandlingStatus.Answered => "Beantwoord",
        HandlingStatus.Noted => "Voor kennisgeving aangenomen",
    };
}
