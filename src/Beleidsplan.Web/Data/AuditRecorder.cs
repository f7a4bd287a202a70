using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Audit;
using Beleidsplan.Web.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Beleidsplan.Web.Data;

/// <summary>Who a change is recorded for: the signed-in user, or a named actor outside a sign-in.</summary>
public sealed record AuditActor(string? UserId, string Name)
{
    public static readonly AuditActor System = new(null, "Systeem");

    public static AuditActor From(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true
            ? new(principal.FindFirstValue(ClaimTypes.NameIdentifier), principal.Identity.Name ?? "onbekend")
            : new(null, "Niet ingelogd");
}

/// <summary>
/// Turns the change tracker's pending changes into audit entries. Values of new rows are read after
/// the first save, when their keys exist; old values are read before it.
/// </summary>
internal sealed class AuditRecorder
{
    // A formation's parts and findings are recorded by the formation's own entry: an import of 10,000 parts is one event.
    private static readonly HashSet<Type> Unaudited =
        [typeof(AuditEntry), typeof(OutboxMessage), typeof(IdentityUserToken<string>), typeof(IdentityUserClaim<string>), typeof(IdentityUserLogin<string>),
         typeof(Domain.Strength.FormationNode), typeof(Domain.Strength.FormationFinding)];

    /// <summary>Bookkeeping that changes on every sign-in or save and says nothing to a reader.</summary>
    private static readonly HashSet<string> Skipped =
        [nameof(IVersioned.Version), "SecurityStamp", "ConcurrencyStamp", "AccessFailedCount", "NormalizedEmail", "NormalizedUserName",
         "Snapshot", "SubmissionKey", "CreationKey"]; // a version's content is read on its own page, not in the trail

    private static readonly HashSet<string> Secret = ["PasswordHash", "TokenHash", "OpenLinkTokenHash"];

    private static readonly string[] LabelFields = ["Title", "Label", "RespondentName", "Name", "DisplayName", "Email", "Text", "Description"];

    private readonly List<(EntityEntry Entry, AuditAction Action, List<FieldChange> Changes, string? Label, int? PlanId)> pending = [];

    public bool IsEmpty => pending.Count == 0;

    public static AuditRecorder Capture(ChangeTracker tracker)
    {
        var recorder = new AuditRecorder();
        foreach (var entry in tracker.Entries().Where(e => !Unaudited.Contains(e.Metadata.ClrType)))
        {
            switch (entry.State)
            {
                case EntityState.Modified:
                    var changes = Fields(entry).Where(f => f.IsModified && !Equals(f.OriginalValue, f.CurrentValue))
                        .Select(f => new FieldChange(f.Metadata.Name, Show(f, f.OriginalValue), Show(f, f.CurrentValue))).ToList();
                    if (changes.Count > 0)
                    {
                        recorder.pending.Add((entry, AuditAction.Updated, changes, Label(entry, current: true), PlanIdOf(entry)));
                    }

                    break;
                case EntityState.Deleted:
                    var removed = Fields(entry).Where(f => f.OriginalValue is not null)
                        .Select(f => new FieldChange(f.Metadata.Name, Show(f, f.OriginalValue), null)).ToList();
                    recorder.pending.Add((entry, AuditAction.Deleted, removed, Label(entry, current: false), PlanIdOf(entry)));
                    break;
                case EntityState.Added:
                    recorder.pending.Add((entry, AuditAction.Created, [], null, null));
                    break;
                case EntityState.Unchanged or EntityState.Detached:
                    break;
            }
        }

        return recorder;
    }

    /// <summary>The entries, once the change itself is saved (so new rows have their keys).</summary>
    public List<AuditEntry> Complete(AuditActor actor, DateTimeOffset at, IReadOnlyDictionary<int, int> unitOfPlan)
    {
        return pending.Select(p =>
        {
            var changes = p.Action == AuditAction.Created
                ? Fields(p.Entry).Where(f => f.CurrentValue is not null)
                    .Select(f => new FieldChange(f.Metadata.Name, null, Show(f, f.CurrentValue))).ToList()
                : p.Changes;
            var planId = p.Action == AuditAction.Created ? PlanIdOf(p.Entry) : p.PlanId;
            return new AuditEntry
            {
                At = at.UtcDateTime,
                UserId = actor.UserId,
                Actor = actor.Name,
                Action = p.Action,
                ItemType = p.Entry.Metadata.ClrType.Name,
                ItemKey = KeyOf(p.Entry),
                ItemLabel = p.Label ?? Label(p.Entry, current: true),
                PlanId = planId,
                PoliceUnitId = UnitOf(p.Entry) ?? (planId is { } id && unitOfPlan.TryGetValue(id, out var unit) ? unit : null),
                Changes = JsonSerializer.Serialize(changes),
            };
        }).ToList();
    }

    public IEnumerable<int> PlanIds() => pending.Select(p => p.PlanId ?? PlanIdOf(p.Entry)).OfType<int>().Distinct();

    private static IEnumerable<PropertyEntry> Fields(EntityEntry entry) =>
        entry.Properties.Where(p => !p.Metadata.IsPrimaryKey() && !Skipped.Contains(p.Metadata.Name))
            .Concat(entry.ComplexProperties.SelectMany(c => c.Properties));

    private static string? Show(PropertyEntry field, object? value) => value switch
    {
        null => null,
        _ when Secret.Contains(field.Metadata.Name) => "(verborgen)",
        bool b => b ? "ja" : "nee",
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));

    private static int? PlanIdOf(EntityEntry entry) => entry.Entity switch
    {
        Plan plan => plan.Id > 0 ? plan.Id : null,
        IPlanContent content => content.PlanId > 0 ? content.PlanId : null,
        Uploads.StoredFile file => file.PlanId, // a plan's attachments belong in its history
        _ => null,
    };

    private static int? UnitOf(EntityEntry entry) =>
        entry.Metadata.FindProperty("PoliceUnitId") is { } property ? entry.Property(property.Name).CurrentValue as int? : null;

    private static string? Label(EntityEntry entry, bool current)
    {
        var field = LabelFields.Select(entry.Metadata.FindProperty).FirstOrDefault(p => p is not null);
        var value = field is null ? null : current ? entry.Property(field.Name).CurrentValue : entry.Property(field.Name).OriginalValue;
        return value is string text ? (text.Length > 200 ? text[..200] + "…" : text) : null;
    }
}
