namespace Beleidsplan.Web.Domain.Audit;

/// <summary>
/// One line of the audit trail: who did what to which item, when, with old and new values. Written
/// in the same transaction as the change and never altered afterwards (the context refuses it and
/// database triggers refuse it too).
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    /// <summary>In UTC; a DateTime so both engines can filter on it in SQL.</summary>
    public DateTime At { get; set; }

    /// <summary>Null for changes made by the system itself (import, start-up).</summary>
    public string? UserId { get; set; }

    /// <summary>The name as it was at that moment, so the trail stays readable after renames.</summary>
    public required string Actor { get; set; }
    public AuditAction Action { get; set; }
    public required string ItemType { get; set; }
    public required string ItemKey { get; set; }
    public string? ItemLabel { get; set; }
    public int? PlanId { get; set; }
    public int? PoliceUnitId { get; set; }

    /// <summary>The changed fields as JSON: a list of <see cref="FieldChange"/>.</summary>
    public string? Changes { get; set; }
}

public sealed record FieldChange(string Field, string? Old, string? New);

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    SignedIn,
    SignInFailed,
}

public static class AuditActionText
{
    public static string ToDutch(this AuditAction action) => action switch
    {
        AuditAction.Created => "Toegevoegd",
        AuditAction.Updated => "Gewijzigd",
        AuditAction.Deleted => "Verwijderd",
        AuditAction.SignedIn => "Ingelogd",
        AuditAction.SignInFailed => "Inloggen mislukt",
    };
}

/// <summary>Editable content carries a version that every save raises, for optimistic concurrency.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
